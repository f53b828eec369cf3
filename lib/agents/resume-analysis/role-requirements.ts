import type { BankQuestion } from "@/lib/questions/bank/schema";
import { matchBankRoles } from "@/lib/questions/role-match";
import { getTaxonomy, type Taxonomy } from "@/lib/resumes/taxonomy";
import { skillIdOfTag } from "@/lib/tailoring/skill-tags";
import type { JobRequirements, JobSkill } from "@/lib/validations/job-description";

/** Skills a role's interviews ask about most are "required"; the next ones "nice to have". */
export const ROLE_REQUIRED = 10;
export const ROLE_NICE = 8;

/**
 * What a target role asks for, read from the question bank: the taxonomy skills its questions
 * are tagged with, most asked first (ties by name). The bank roles a free-text title names are
 * used ("Senior Backend Engineer" → Backend Engineer; a full-stack title → both); a title that
 * names none is approximated by Software Engineer, and the warning says so.
 */
export function roleRequirements(
  role: string,
  bank: readonly BankQuestion[],
  roles: readonly string[],
  taxonomy: Taxonomy = getTaxonomy(),
): JobRequirements {
  const { primary, named } = matchBankRoles(role, roles);
  const counts = new Map<string, { count: number; example: string }>();
  for (const q of bank) {
    if (!primary.includes(q.role)) continue;
    for (const tag of q.skills) {
      const id = skillIdOfTag(tag, taxonomy);
      if (!id) continue;
      const entry = counts.get(id) ?? { count: 0, example: q.text };
      entry.count++;
      counts.set(id, entry);
    }
  }
  const ranked = [...counts]
    .map(([id, { count, example }]) => ({ skill: taxonomy.byId.get(id)!, count, example }))
    .filter((r) => r.skill !== undefined)
    .sort((a, b) => b.count - a.count || a.skill.name.localeCompare(b.skill.name));
  const total = Math.max(
    1,
    ranked.reduce((n, r) => n + r.count, 0),
  );
  const toJobSkill =
    (importance: JobSkill["importance"]) =>
    (r: (typeof ranked)[number], i: number): JobSkill => ({
      id: r.skill.id,
      name: r.skill.name,
      category: r.skill.category,
      importance,
      confidence: Math.min(1, Math.round((r.count / total) * 1000) / 100 + 0.5),
      years: null,
      line: `Asked in ${r.count} ${r.count === 1 ? "question" : "questions"} for ${primary.join(" / ")}, e.g. "${r.example}"`,
      lineNumber: i + 1,
    });
  const warnings: string[] = [];
  if (!named) {
    warnings.push(
      `No question bank matches "${role}"; its requirements are approximated by ${primary.join(", ") || "none"}.`,
    );
  }
  if (ranked.length === 0) warnings.push(`No skills are known for "${role}".`);
  return {
    title: role,
    seniority: null,
    minYears: null,
    required: ranked.slice(0, ROLE_REQUIRED).map(toJobSkill("required")),
    niceToHave: ranked.slice(ROLE_REQUIRED, ROLE_REQUIRED + ROLE_NICE).map(toJobSkill("nice")),
    warnings,
  };
}

/** How many bank questions of the roles practise each taxonomy skill (for the roadmap). */
export function practiceCounts(
  role: string | null,
  bank: readonly BankQuestion[],
  roles: readonly string[],
  taxonomy: Taxonomy = getTaxonomy(),
): Map<string, number> {
  const wanted = role ? new Set(matchBankRoles(role, roles).primary) : null;
  const counts = new Map<string, number>();
  for (const q of bank) {
    if (wanted && !wanted.has(q.role)) continue;
    for (const tag of q.skills) {
      const id = skillIdOfTag(tag, taxonomy);
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}
