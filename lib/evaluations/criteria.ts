/**
 * The four scoring criteria (spec property 12), defined once: their keys as the API, JSON columns
 * and LLM replies spell them (`key`), as the database columns and evaluator results do (`field`),
 * their labels and their weights in the overall score. Plain data: client components use it too.
 */
export const CRITERIA = [
  {
    key: "content_quality",
    field: "contentQuality",
    label: "Content quality",
    shortLabel: "Content",
    weight: 0.4,
  },
  { key: "clarity", field: "clarity", label: "Clarity", shortLabel: "Clarity", weight: 0.2 },
  {
    key: "confidence",
    field: "confidence",
    label: "Confidence",
    shortLabel: "Confidence",
    weight: 0.2,
  },
  {
    key: "technical_accuracy",
    field: "technicalAccuracy",
    label: "Technical accuracy",
    shortLabel: "Accuracy",
    weight: 0.2,
  },
] as const;

export type Criterion = (typeof CRITERIA)[number];
/** snake_case: the API, stored summaries, LLM replies. */
export type CriterionKey = Criterion["key"];
/** camelCase: evaluation columns and evaluator results. */
export type CriterionField = Criterion["field"];

/** Scores by field (an evaluation, an evaluator's result). */
export type CriteriaScores = Record<CriterionField, number>;
/** Scores by key (averages in summaries and analytics, the API's `scores`). */
export type CriteriaByKey<T = number> = Record<CriterionKey, T>;

export const CRITERION_KEYS: readonly CriterionKey[] = CRITERIA.map((c) => c.key);

export const CRITERION_LABELS = Object.fromEntries(
  CRITERIA.map((c) => [c.key, c.label]),
) as CriteriaByKey<string>;

/** The same values keyed the API's way: `{ contentQuality }` → `{ content_quality }`. */
export function byKey<T>(values: Record<CriterionField, T>): CriteriaByKey<T> {
  return Object.fromEntries(CRITERIA.map((c) => [c.key, values[c.field]])) as CriteriaByKey<T>;
}

/** The same values keyed by field: `{ content_quality }` → `{ contentQuality }`. */
export function byField<T>(values: CriteriaByKey<T>): Record<CriterionField, T> {
  return Object.fromEntries(CRITERIA.map((c) => [c.field, values[c.key]])) as Record<
    CriterionField,
    T
  >;
}

/** Just the criteria fields of a row (an evaluation, a query result). */
export function pickCriteria<T>(row: Record<CriterionField, T>): Record<CriterionField, T> {
  return byField(byKey(row));
}

/** One value per criterion, from a function of the criterion. */
export function perCriterion<T>(value: (criterion: Criterion) => T): CriteriaByKey<T> {
  return Object.fromEntries(CRITERIA.map((c) => [c.key, value(c)])) as CriteriaByKey<T>;
}
