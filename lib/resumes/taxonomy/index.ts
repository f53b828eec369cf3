import { z } from "zod";
import { fold } from "../text-fold";
import data from "./skills.json";

/**
 * The skill taxonomy written for this project (skills.json): every skill has a category, a
 * family of close alternatives (React ~ Vue.js ~ Svelte) used for transferable skills, and the
 * terms it is written as. Terms come in four kinds:
 * - `name` and `aliases`: matched whatever their case;
 * - `exact`: matched in this exact case only ("REST", not "rest"; "Vue", not French "vue");
 * - `contextual`: exact case and only where the line lists skills ("Go", "R", "C", "Chef");
 * - `contextualAnyCase`: any case, only where the line lists skills (soft skills).
 */
const termList = z.array(z.string().trim().min(1).max(60)).optional();

export const taxonomySkillSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "Skill ids are kebab-case"),
  name: z.string().trim().min(1).max(60),
  category: z.string().min(1),
  family: z.string().min(1),
  aliases: termList,
  exact: termList,
  contextual: termList,
  contextualAnyCase: termList,
  related: z.array(z.string()).optional(),
});

export const taxonomySchema = z
  .object({
    version: z.literal(1),
    categories: z.array(z.object({ id: z.string().min(1), name: z.string().min(1) })).min(1),
    skills: z.array(taxonomySkillSchema).min(1),
  })
  .superRefine((value, ctx) => {
    const categories = new Set(value.categories.map((c) => c.id));
    const ids = new Set<string>();
    const owners = new Map<string, string>();
    value.skills.forEach((skill, i) => {
      const path = ["skills", i];
      if (ids.has(skill.id))
        ctx.addIssue({ code: "custom", path, message: `Duplicate id ${skill.id}` });
      ids.add(skill.id);
      if (!categories.has(skill.category)) {
        ctx.addIssue({ code: "custom", path, message: `Unknown category ${skill.category}` });
      }
      for (const term of termsOf(skill)) {
        const key = fold(term.text);
        const owner = owners.get(key);
        if (owner && owner !== skill.id) {
          ctx.addIssue({
            code: "custom",
            path,
            message: `Term "${term.text}" also names ${owner}`,
          });
        }
        owners.set(key, skill.id);
      }
    });
    value.skills.forEach((skill, i) => {
      for (const related of skill.related ?? []) {
        if (!ids.has(related)) {
          ctx.addIssue({
            code: "custom",
            path: ["skills", i],
            message: `Unknown related ${related}`,
          });
        }
      }
    });
  });

export type TaxonomyData = z.infer<typeof taxonomySchema>;
export type TaxonomySkill = z.infer<typeof taxonomySkillSchema>;

export type TermMode = "plain" | "exact" | "contextual" | "contextualAnyCase";

export interface Term {
  text: string;
  skillId: string;
  mode: TermMode;
}

function termsOf(skill: TaxonomySkill): Term[] {
  const special = new Set([
    ...(skill.exact ?? []),
    ...(skill.contextual ?? []),
    ...(skill.contextualAnyCase ?? []),
  ]);
  const terms: Term[] = [];
  const add = (texts: readonly string[] | undefined, mode: TermMode) => {
    for (const text of texts ?? []) terms.push({ text, skillId: skill.id, mode });
  };
  if (!special.has(skill.name)) add([skill.name], "plain");
  add(skill.aliases, "plain");
  add(skill.exact, "exact");
  add(skill.contextual, "contextual");
  add(skill.contextualAnyCase, "contextualAnyCase");
  return terms;
}

/** "Test-driven development" is also written "Test driven development", and the reverse. */
function spellings(text: string): string[] {
  const out = new Set([text]);
  if (/\p{L}-\p{L}/u.test(text)) out.add(text.replace(/(\p{L})-(?=\p{L})/gu, "$1 "));
  if (/\p{L} \p{L}/u.test(text) && text.split(" ").length <= 3) {
    out.add(text.replace(/(\p{L}) (?=\p{L})/gu, "$1-"));
  }
  return [...out];
}

export interface Taxonomy {
  version: number;
  categories: ReadonlyMap<string, string>;
  skills: readonly TaxonomySkill[];
  byId: ReadonlyMap<string, TaxonomySkill>;
  /** Family → its skills. */
  families: ReadonlyMap<string, readonly TaxonomySkill[]>;
  /** Every spelling, longest first. */
  terms: readonly Term[];
}

/** Validates taxonomy data and indexes it; throws a ZodError naming the bad entries. */
export function buildTaxonomy(input: unknown): Taxonomy {
  const parsed = taxonomySchema.parse(input);
  const families = new Map<string, TaxonomySkill[]>();
  for (const skill of parsed.skills) {
    const list = families.get(skill.family) ?? [];
    list.push(skill);
    families.set(skill.family, list);
  }
  const terms = parsed.skills
    .flatMap(termsOf)
    .flatMap((term) => spellings(term.text).map((text) => ({ ...term, text })))
    .sort((a, b) => b.text.length - a.text.length);
  return {
    version: parsed.version,
    categories: new Map(parsed.categories.map((c) => [c.id, c.name])),
    skills: parsed.skills,
    byId: new Map(parsed.skills.map((s) => [s.id, s])),
    families,
    terms,
  };
}

let cached: Taxonomy | undefined;

/** The project's taxonomy, validated on first use. */
export function getTaxonomy(): Taxonomy {
  cached ??= buildTaxonomy(data);
  return cached;
}
