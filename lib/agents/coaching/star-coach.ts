import type { CompanyCoachingOutput } from "@/lib/validations/agents";

export type StarPart = "situation" | "task" | "action" | "result";
export const STAR_PARTS: readonly StarPart[] = ["situation", "task", "action", "result"];
export type StarParts = Record<StarPart, string | null>;

export interface PastAnswer {
  answerId: number;
  question: string;
  text: string;
  score: number | null;
  star: StarParts;
}

const quote = (text: string, max = 120) =>
  `"${text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`}"`;
const countWord = (text: string, re: RegExp) => (text.match(re) ?? []).length;

const MISSING_ADVICE: Record<StarPart, string> = {
  situation: "Open with one sentence of context: where you were, when, and what was at stake.",
  task: "Say what you were responsible for: the goal or the problem that was yours to solve.",
  action: "Spend most of the answer on what you did, step by step, in the first person.",
  result: "End with the result: what changed, by how much, and what you learnt.",
};

/**
 * STAR coaching on one of the candidate's own behavioural answers: which parts it lacks (from
 * the evaluation's STAR breakdown, quoted from the answer), and advice that quotes what is there.
 */
export function coachAnswer(a: PastAnswer): CompanyCoachingOutput["star_coaching"][number] {
  const missing = STAR_PARTS.filter((p) => !a.star[p]);
  const advice: string[] = missing.map((p) => MISSING_ADVICE[p]);
  const { action, result, situation } = a.star;
  if (missing.includes("result") && action) {
    advice.push(
      `Your answer stops at the action (${quote(action)}): add the outcome right after it.`,
    );
  }
  if (action) {
    const we = countWord(action, /\bwe\b/gi);
    const i = countWord(action, /\bI\b/g);
    if (we > i)
      advice.push(`The action says "we" ${we} time(s) and "I" ${i}: make your own part explicit.`);
  }
  if (result && !/\d/.test(result)) {
    advice.push(
      `The result (${quote(result)}) has no number: add a measure (time, %, users, money).`,
    );
  }
  if (situation && situation.split(/\s+/).length > 60) {
    advice.push("The situation runs long: keep it to two sentences and move on to your action.");
  }
  if (advice.length === 0) {
    advice.push(
      a.score !== null && a.score < 70
        ? "All four STAR parts are there: make each more specific (names, numbers, your decisions)."
        : "A complete STAR answer: keep this one as a story for your bank.",
    );
  }
  return {
    answer_id: a.answerId,
    question: a.question,
    score: a.score,
    parts: a.star,
    missing,
    advice,
  };
}
