import { findSkillMentions } from "@/lib/resumes/skill-matcher";
import { getTaxonomy, type Taxonomy } from "@/lib/resumes/taxonomy";
import type { Tailoring } from "@/lib/validations/tailoring";
import { skillIdOfTag } from "./skill-tags";

export interface AnsweredItem {
  questionNumber: number;
  answerText: string | null;
  /** The question's bank skill tags. */
  questionSkills: readonly string[];
  /** The evaluation's overall score once completed. */
  score: number | null;
}

/** An answer scoring at least this shows a skill it names. */
export const SHOWN_WHEN_NAMED = 50;
/** An answer scoring at least this shows the skill its question was about, named or not. */
export const SHOWN_WHEN_ASKED = 70;
const MAX_EVIDENCE = 180;

type Skill = { id: string; name: string; importance: "required" | "nice" | null };

export interface SkillEvidence extends Skill {
  questionNumber: number;
  score: number | null;
  /** The answer's words naming the skill; null when shown by a strong answer to its question. */
  evidence: string | null;
}

export interface SkillsShown {
  /** The job's skills when the session had a job, else the session's targets. */
  basis: "job" | "targets";
  shown: SkillEvidence[];
  /** Named, but only in answers that scored low or are not scored yet. */
  mentioned: SkillEvidence[];
  notShown: Skill[];
}

function snippet(line: string, index: number): string {
  if (line.length <= MAX_EVIDENCE) return line.trim();
  let start = Math.max(0, Math.min(index - 60, line.length - MAX_EVIDENCE));
  let end = start + MAX_EVIDENCE;
  // Whole words only: move the cut to the next space (start) and the previous one (end).
  if (start > 0) start = line.indexOf(" ", start) + 1 || start;
  if (end < line.length)
    end = line.lastIndexOf(" ", end) > start ? line.lastIndexOf(" ", end) : end;
  const text = line.slice(start, end).trim();
  return `${start > 0 ? "…" : ""}${text}${end < line.length ? "…" : ""}`;
}

/**
 * Which of the job's skills (or the session's targets without a job) the answers showed: named
 * in an answer that scored at least 50, or asked about by a question whose answer scored at
 * least 70. Named only in weaker or unscored answers is "mentioned"; the rest were not shown.
 */
export function skillsShown(
  tailoring: Tailoring,
  items: readonly AnsweredItem[],
  taxonomy: Taxonomy = getTaxonomy(),
): SkillsShown {
  const basis = tailoring.jobSkills ? "job" : "targets";
  const skills: Skill[] =
    tailoring.jobSkills ??
    tailoring.targets.map((t) => ({ id: t.id, name: t.name, importance: t.importance }));
  const wanted = new Set(skills.map((s) => s.id));
  const best = new Map<string, SkillEvidence>();
  const weak = new Map<string, SkillEvidence>();
  const better = (a: SkillEvidence, b: SkillEvidence | undefined) =>
    !b || (a.score ?? -1) > (b.score ?? -1) || (a.evidence !== null && b.evidence === null);

  for (const item of items) {
    if (!item.answerText) continue;
    const lines = item.answerText.split("\n").map((text, i) => ({ number: i + 1, text }));
    const named = new Map<string, string>();
    for (const m of findSkillMentions(lines, taxonomy)) {
      if (!wanted.has(m.skillId) || m.hedged || named.has(m.skillId)) continue;
      named.set(m.skillId, snippet(m.line, m.index));
    }
    const asked = new Set(
      item.questionSkills.map((tag) => skillIdOfTag(tag, taxonomy)).filter((id) => id !== null),
    );
    for (const skill of skills) {
      const evidence = named.get(skill.id) ?? null;
      const entry: SkillEvidence = {
        ...skill,
        questionNumber: item.questionNumber,
        score: item.score,
        evidence,
      };
      const score = item.score ?? -1;
      if (
        (evidence && score >= SHOWN_WHEN_NAMED) ||
        (asked.has(skill.id) && score >= SHOWN_WHEN_ASKED)
      ) {
        if (better(entry, best.get(skill.id))) best.set(skill.id, entry);
      } else if (evidence && better(entry, weak.get(skill.id))) {
        weak.set(skill.id, entry);
      }
    }
  }
  return {
    basis,
    shown: skills.flatMap((s) => best.get(s.id) ?? []),
    mentioned: skills.flatMap((s) => (best.has(s.id) ? [] : (weak.get(s.id) ?? []))),
    notShown: skills.filter((s) => !best.has(s.id) && !weak.has(s.id)),
  };
}
