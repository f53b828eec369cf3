/**
 * The evaluator's global constants, none specific to a question. Weights were chosen by comparing
 * leave-questions-out cross-validated figures on the ASAG dev split (docs/evaluator.md), with
 * product behaviour (paraphrases, gamed answers) as a constraint.
 */
export interface ScoringModel {
  /** Point strength = recall^gamma: partial coverage of a point earns more than its share. */
  gamma: number;
  /** Content = lift(intercept + coverage·wCoverage + focus·wFocus + lengthRatio·wLength) × 100. */
  content: { intercept: number; coverage: number; focus: number; length: number };
  /** Technical = lift(intercept + coverage·wCoverage + domain-term precision·wPrecision) × 100. */
  technical: { intercept: number; coverage: number; precision: number };
  /**
   * Content and technical are lifted by x ↦ 1 − (1 − x)^lift: concave, so a solid but imperfect
   * answer lands in the 70s, yet (unlike a clamp) it keeps the order of strong answers.
   */
  lift: number;
  /** A point counts as covered at this strength. */
  coveredAt: number;
}

export const MODEL: ScoringModel = {
  gamma: 0.5,
  content: { intercept: 0.05, coverage: 0.8, focus: 0.15, length: 0.05 },
  technical: { intercept: 0, coverage: 0.6, precision: 0.4 },
  lift: 1.6,
  coveredAt: 0.55,
};
