import type { EvaluationResult } from "../types";
import { type CONFIDENCE_LEVELS } from "@/lib/validations/stored-json";

export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** How sure the grader is of a score, with what makes it unsure. */
export interface GraderConfidence {
  /** 0–100. */
  score: number;
  reasons: string[];
}

/** Score from which a grade is called high or medium confidence. */
const HIGH_AT = 70;
const MEDIUM_AT = 45;
/** Answers shorter than this many words are never graded with high confidence. */
const THIN_WORDS = 40;
/** A point whose match strength falls in this band could have gone either way. */
const BORDERLINE = { from: 0.3, to: 0.75 } as const;
/** Flags that settle a score on their own: the grader is sure such an answer earns nothing. */
const DECISIVE_FLAGS = ["gibberish", "non_answer", "copied_question", "prompt_injection"];

export function confidenceLevel(score: number): ConfidenceLevel {
  return score >= HIGH_AT ? "high" : score >= MEDIUM_AT ? "medium" : "low";
}

const countWords = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * How sure a grade is, from its own signals: answer length (a short answer gives little to judge),
 * coverage ambiguity (points that were borderline matches), and agreement between graders (the
 * built-in evaluator against the model, when both graded). A decisive gaming flag makes a low score
 * certain.
 */
export function assessConfidence(
  answerText: string,
  result: Pick<EvaluationResult, "evidence" | "flags" | "overallScore">,
  other: Pick<EvaluationResult, "overallScore"> | null = null,
): GraderConfidence {
  const words = countWords(answerText);
  if (result.flags.some((f) => DECISIVE_FLAGS.includes(f))) return { score: 90, reasons: [] };
  const reasons: string[] = [];
  let score = 100;
  if (words < 15) {
    score -= 40;
    reasons.push(`The answer is very short (${words} words), so there is little to judge.`);
  } else if (words < THIN_WORDS) {
    score -= 20;
    reasons.push(`The answer is short (${words} words).`);
  }
  const n = result.evidence.length;
  const borderline = result.evidence.filter(
    (e) => e.score >= BORDERLINE.from && e.score <= BORDERLINE.to,
  ).length;
  if (n > 0 && borderline > 0) {
    score -= Math.round(45 * (borderline / n));
    reasons.push(
      `${borderline} of ${n} expected point${n === 1 ? " was a borderline match" : "s were borderline matches"}.`,
    );
  }
  if (result.flags.includes("keyword_salad") || result.flags.includes("off_topic")) {
    score -= 20;
    reasons.push(
      "The answer shares few words with the expected points; a paraphrase may be missed.",
    );
  }
  if (other) {
    const gap = Math.abs(result.overallScore - other.overallScore);
    if (gap >= 15) {
      score -= Math.min(45, Math.round(gap * 0.9));
      reasons.push(`The two graders disagree by ${gap} points.`);
    }
  }
  // A short answer is never graded with high confidence, whatever else agrees.
  if (words < THIN_WORDS) score = Math.min(score, HIGH_AT - 1);
  return { score: Math.max(0, Math.min(100, score)), reasons };
}
