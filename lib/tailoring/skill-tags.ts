import { canonicalSkill } from "@/lib/questions/bank/skill-tags";
import { getTaxonomy, type Taxonomy, type TaxonomySkill } from "@/lib/resumes/taxonomy";

// The bank tags questions with lowercase skill names ("node.js", "kubernetes", "ci/cd"); the
// taxonomy names the same skills with ids and spellings. These join the two.

const tagOf = (text: string): string => canonicalSkill(text.trim().toLowerCase());

/** Every bank tag a taxonomy skill may appear under (its name and spellings, canonicalised). */
export function bankTagsOf(skill: TaxonomySkill): string[] {
  const spellings = [
    skill.name,
    ...(skill.aliases ?? []),
    ...(skill.exact ?? []),
    ...(skill.contextual ?? []),
  ];
  return [...new Set(spellings.map(tagOf))];
}

const byTaxonomy = new WeakMap<Taxonomy, Map<string, string>>();

/** The taxonomy skill id a bank tag names, if any. */
export function skillIdOfTag(tag: string, taxonomy: Taxonomy = getTaxonomy()): string | null {
  let index = byTaxonomy.get(taxonomy);
  if (!index) {
    index = new Map();
    for (const skill of taxonomy.skills) {
      for (const t of bankTagsOf(skill)) if (!index.has(t)) index.set(t, skill.id);
    }
    byTaxonomy.set(taxonomy, index);
  }
  return index.get(tagOf(tag)) ?? null;
}
