import type { CriteriaScores, EvaluationFlag, PointEvidence, StarBreakdown } from "@/lib/ai/types";
import type { QuestionCategory } from "@/lib/validations/enums";
import { pointBody } from "./context";
import { FILLERS, HEDGES, type StarRole } from "./lexicon";
import { STAR_ROLES, starRoleOfPoint } from "./star";
import { countMatches } from "./text-stats";

const STAR_ADVICE: Record<StarRole, string> = {
  situation: "Open with the Situation: one or two sentences on where you were and why it mattered.",
  task: "State your Task: what you personally were responsible for.",
  action: "Describe your Actions in the first person: the concrete steps you took and why.",
  result: "Close with the Result: a measurable outcome (numbers, time saved) and what you learned.",
};

const FLAG_ADVICE: Record<EvaluationFlag, string> = {
  copied_question: "Your answer mostly repeats the question; answer it in your own words.",
  keyword_salad:
    "You listed keywords without explaining them; write full sentences that connect the ideas.",
  gibberish: "The answer could not be read as English text.",
  non_answer:
    "You did not attempt an answer; even a partial answer with your reasoning earns credit.",
  off_topic: "Your answer does not address this question; re-read it and answer what is asked.",
  prompt_injection:
    "Instructions to the grader were found in the answer; they are ignored and penalised.",
  too_short:
    "The answer is too short to cover what the question asks; develop each point in a sentence or two.",
};

/** Shortens `text` to about `max` characters on a word boundary. */
export function shorten(text: string, max = 80): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > max / 2 ? space : max).replace(/[,;:.\s]+$/, "")}…`;
}

function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  if (!t) return t;
  const capital = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export interface FeedbackInput {
  category: QuestionCategory;
  evidence: readonly PointEvidence[];
  contradicted: readonly boolean[];
  criteria: CriteriaScores;
  flags: readonly EvaluationFlag[];
  star: StarBreakdown | null;
  answerText: string;
  words: number;
  expectedWords: number;
}

export function strengthsOf(f: FeedbackInput): string[] {
  const out: string[] = [];
  const covered = f.evidence
    .map((e, i) => ({ e, i }))
    .filter(({ e, i }) => e.covered && !f.contradicted[i])
    .sort((a, b) => b.e.score - a.e.score);
  for (const { e } of covered.slice(0, 3)) {
    out.push(`You covered "${shorten(pointBody(e.point), 70)}" ('${shorten(e.quote ?? "", 60)}').`);
  }
  if (f.star) {
    const present = STAR_ROLES.filter((r) => f.star![r] !== null);
    if (present.length === 4)
      out.push("Your story follows the full STAR structure: situation, task, action and result.");
    else if (f.star.result) out.push(`You closed with a result ('${shorten(f.star.result, 60)}').`);
  }
  if (f.flags.length === 0) {
    if (f.criteria.clarity >= 80) out.push("The answer is well organised and easy to follow.");
    if (f.criteria.confidence >= 85)
      out.push("You state your points assertively, without hedging.");
  }
  return out;
}

export function improvementsOf(f: FeedbackInput): string[] {
  const out: string[] = [];
  for (const flag of f.flags) out.push(FLAG_ADVICE[flag]);
  f.evidence.forEach((e, i) => {
    if (f.contradicted[i])
      out.push(`Your answer contradicts: ${sentence(e.point)} ('${shorten(e.quote ?? "", 60)}')`);
    else if (!e.covered) out.push(`You did not address: ${sentence(pointBody(e.point))}`);
  });
  if (f.star)
    for (const role of STAR_ROLES)
      if (f.star[role] === null) out.push(`Missing STAR ${role}. ${STAR_ADVICE[role]}`);
  const hedges = countMatches(f.answerText, HEDGES);
  if (hedges >= 2)
    out.push(
      `Cut the hedging (${hedges} phrases such as "I think" or "maybe"); state what you know directly.`,
    );
  const fillers = countMatches(f.answerText, FILLERS);
  if (fillers >= 2) out.push(`Drop filler words (${fillers} found, e.g. "um", "you know").`);
  if (!f.flags.includes("too_short") && f.words > 0 && f.words < 0.5 * f.expectedWords) {
    out.push(`Develop the answer further: ${f.words} words is brief for this question.`);
  }
  return out;
}

export function suggestionsOf(f: FeedbackInput): string[] {
  const out: string[] = [];
  const missed = f.evidence.filter((e) => !e.covered).map((e) => pointBody(e.point));
  if (missed.length > 0)
    out.push(`Next time, make sure to mention: ${missed.map((m) => shorten(m, 60)).join("; ")}.`);
  if (f.category === "Behavioral") {
    out.push("Structure the story as Situation → Task → Action → Result, and quantify the result.");
  } else if (f.category === "System_Design") {
    out.push(
      "Walk through requirements, the high-level design, then trade-offs and scaling limits.",
    );
  } else if (f.category === "Coding") {
    out.push(
      "State the approach, its time and space complexity, and the edge cases you would test.",
    );
  } else if (f.criteria.clarity < 70) {
    out.push("Lead with a one-sentence definition, then support it with an example.");
  }
  if (f.criteria.confidence < 70)
    out.push("Practise saying the answer aloud without hedges or fillers.");
  if (out.length === 0)
    out.push("Add a concrete example from your own experience to make the answer memorable.");
  return out;
}

/** A model answer built from the expected points (STAR-shaped for behavioural questions). */
export function exampleAnswerOf(category: QuestionCategory, points: readonly string[]): string {
  const bodies = points.map((p) => sentence(pointBody(p)));
  if (category !== "Behavioral") return bodies.join(" ");
  const byRole: Record<StarRole, string[]> = { situation: [], task: [], action: [], result: [] };
  points.forEach((p, i) => byRole[starRoleOfPoint(p) ?? "action"].push(bodies[i]!));
  const lead: Record<StarRole, string> = {
    situation: "Situation:",
    task: "Task:",
    action: "Action:",
    result: "Result:",
  };
  return STAR_ROLES.map(
    (r) => `${lead[r]} ${byRole[r].length ? byRole[r].join(" ") : STAR_ADVICE[r]}`,
  ).join("\n");
}
