import type { CriteriaScores, EvaluationFlag } from "../types";

/**
 * Flags of the built-in evaluator that mark an answer as not a genuine attempt. They stay
 * authoritative: with any of them, no criterion may exceed the built-in evaluator's score.
 */
export const CAPPING_FLAGS: readonly EvaluationFlag[] = [
  "prompt_injection",
  "copied_question",
  "keyword_salad",
  "off_topic",
  "too_short",
  "gibberish",
  "non_answer",
];

/** With these there is nothing for a model to grade: the built-in result stands, no call made. */
export const NO_LLM_FLAGS: readonly EvaluationFlag[] = ["gibberish", "non_answer"];

/**
 * The most a criterion that depends on content can be worth for a given share of expected points
 * covered with verified evidence: nothing covered caps content at 25 and technical accuracy at 35;
 * everything covered caps nothing.
 */
export function evidenceCeiling(coverage: number): {
  contentQuality: number;
  technicalAccuracy: number;
} {
  return { contentQuality: 25 + 75 * coverage, technicalAccuracy: 35 + 65 * coverage };
}

/**
 * A model's criteria reconciled with what can be verified:
 * 1. content quality and technical accuracy above the evidence ceiling are cut to the ceiling,
 *    or to the built-in evaluator's own (evidence-backed) score when that is higher;
 * 2. with a capping flag, every criterion is at most the built-in evaluator's.
 * Clarity and confidence are about delivery, not coverage, and are otherwise the model's.
 */
export function reconcileScores(
  model: CriteriaScores,
  builtin: CriteriaScores,
  coverage: number | null,
  flags: readonly EvaluationFlag[],
): CriteriaScores {
  const out = { ...model };
  if (coverage !== null) {
    const ceiling = evidenceCeiling(coverage);
    for (const key of ["contentQuality", "technicalAccuracy"] as const) {
      out[key] = Math.min(model[key], Math.max(Math.round(ceiling[key]), builtin[key]));
    }
  }
  if (flags.some((f) => CAPPING_FLAGS.includes(f))) {
    for (const key of Object.keys(out) as (keyof CriteriaScores)[]) {
      out[key] = Math.min(out[key], builtin[key]);
    }
  }
  return out;
}
