import type { QuestionDraft } from "@/lib/ai/types";
import { splitSections } from "@/lib/resumes/sections";
import { findSkillMentions } from "@/lib/resumes/skill-matcher";
import { getTaxonomy, type Taxonomy } from "@/lib/resumes/taxonomy";
import type { Difficulty } from "@/lib/validations/enums";
import type { ResumeAnalysis } from "@/lib/validations/resume-analysis";
import type { TailoringTarget } from "@/lib/validations/tailoring";
import { bankTagsOf } from "./skill-tags";

/** A question about the candidate's own work, with the bank tags of the skills it asks about. */
export type PersonalQuestionDraft = QuestionDraft & { skills: string[] };

export interface ExperienceLine {
  lineNumber: number;
  /** As written, without its bullet. */
  text: string;
  title: string | null;
  company: string | null;
  /** Target skills the line names, in target order. */
  skills: { id: string; name: string }[];
  score: number;
}

const BULLET = /^[\s•·▪‣◦●*–—-]+/u;
const ACTION_VERB =
  /^(?:led|built|designed|developed|created|launched|delivered|migrated|reduced|improved|increased|automated|implemented|managed|owned|drove|introduced|scaled|rebuilt|replaced|shipped|mentored|architected|optimi[sz]ed|cut|grew|wrote|ran|set up|established|negotiated|coordinated|trained|organi[sz]ed)\b/i;
const RESULT = /\d|%|€|\$|£/;
const MIN_CHARS = 35;
const MAX_QUOTE = 220;

const quote = (text: string) =>
  text.length <= MAX_QUOTE ? text : `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…`;

/**
 * The lines of a resume's experience section that describe work done (not titles, dates or
 * headings), each with the role it belongs to and the target skills it names, best first: lines
 * naming targets, then those with an action verb and a result.
 */
export function experienceLines(
  text: string,
  analysis: Pick<ResumeAnalysis, "experience">,
  targets: readonly TailoringTarget[],
  taxonomy: Taxonomy = getTaxonomy(),
): ExperienceLine[] {
  const roles = [...analysis.experience.roles].sort((a, b) => a.lineNumber - b.lineNumber);
  const roleLines = new Set(
    roles.flatMap((r) => [r.lineNumber - 1, r.lineNumber, r.lineNumber + 1]),
  );
  const rank = new Map(targets.map((t, i) => [t.id, i]));
  const lines = splitSections(text).filter(
    (l) =>
      l.section === "experience" &&
      !l.heading &&
      !roleLines.has(l.number) &&
      l.text.replace(BULLET, "").trim().length >= MIN_CHARS,
  );
  const mentions = findSkillMentions(
    lines.map((l) => ({ number: l.number, text: l.text })),
    taxonomy,
  );
  return lines
    .map((l) => {
      const body = l.text.replace(BULLET, "").trim();
      const role = roles.filter((r) => r.lineNumber <= l.number).at(-1) ?? roles[0] ?? null;
      const ids = [
        ...new Set(mentions.filter((m) => m.lineNumber === l.number).map((m) => m.skillId)),
      ]
        .filter((id) => rank.has(id))
        .sort((a, b) => rank.get(a)! - rank.get(b)!);
      const skills = ids.map((id) => ({ id, name: taxonomy.byId.get(id)?.name ?? id }));
      const score =
        3 * Math.min(skills.length, 2) +
        (ACTION_VERB.test(body) ? 1 : 0) +
        (RESULT.test(body) ? 1.5 : 0) +
        Math.min(body.length, 160) / 320;
      return {
        lineNumber: l.number,
        text: body,
        title: role?.title ?? null,
        company: role?.company ?? null,
        skills,
        score,
      };
    })
    .sort((a, b) => b.score - a.score || a.lineNumber - b.lineNumber);
}

/**
 * Up to `max` behavioural questions about the candidate's own experience lines: the best lines,
 * at most one per role while other roles have lines left. Each quotes the line, asks for the
 * situation, their own part and the result, and names the target skills the line mentions.
 */
export function experienceQuestionDrafts(
  lines: readonly ExperienceLine[],
  options: { max: number; role: string; difficulty: Difficulty },
): PersonalQuestionDraft[] {
  const chosen: ExperienceLine[] = [];
  const usedRoles = new Set<string>();
  const roleKey = (l: ExperienceLine) => `${l.title ?? ""}|${l.company ?? ""}`;
  for (const pass of [0, 1]) {
    for (const line of lines) {
      if (chosen.length >= options.max) break;
      if (chosen.includes(line)) continue;
      if (pass === 0 && usedRoles.has(roleKey(line))) continue;
      chosen.push(line);
      usedRoles.add(roleKey(line));
    }
  }
  const taxonomy = getTaxonomy();
  return chosen.map((line) => {
    const where =
      line.title && line.company
        ? `As ${line.title} at ${line.company}, you wrote`
        : line.company
          ? `At ${line.company}, you wrote`
          : line.title
            ? `As ${line.title}, you wrote`
            : "Your resume says";
    const skillNames = line.skills.slice(0, 2).map((s) => s.name);
    const skillPart = skillNames.length > 0 ? ` how you used ${skillNames.join(" and ")},` : "";
    const short = quote(line.text);
    return {
      questionText: `${where}: “${short}” Walk me through it: what was the situation, what did you do yourself,${skillPart} and what was the result?`,
      category: "Behavioral" as const,
      difficulty: options.difficulty,
      role: options.role,
      expectedAnswerPoints: [
        `Sets the scene: the team, the product and the problem behind “${quote(line.text.slice(0, 90))}”`,
        "Makes their own part clear: what they decided and did themselves, not only the team",
        skillNames.length > 0
          ? `Explains how they used ${skillNames.join(" and ")} there and why it fitted the problem`
          : "Explains the approach and the key decisions, with the alternatives considered",
        "Gives a concrete result, with numbers where possible (impact, scale, time or money saved)",
        "Reflects on what they learned or would do differently",
      ],
      timeLimitSeconds: 240,
      skills: line.skills.flatMap((s) => {
        const skill = taxonomy.byId.get(s.id);
        return skill ? bankTagsOf(skill).slice(0, 1) : [];
      }),
    };
  });
}
