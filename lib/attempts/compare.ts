import { perCriterion, type CriteriaByKey } from "@/lib/evaluations/criteria";

/** What a comparison needs of one evaluated attempt (the API's scores and evidence). */
export interface ScoredAttempt {
  scores: CriteriaByKey<number | null> & { overall_score: number | null };
  evidence: readonly { point: string; covered: boolean }[];
}

export interface AttemptComparison {
  overall_change: number;
  criteria_change: CriteriaByKey;
  /** Expected points the later attempt covered and the earlier one did not. */
  newly_covered: string[];
  /** Expected points the earlier attempt covered and the later one missed. */
  no_longer_covered: string[];
}

/**
 * Score change per criterion and expected points gained or lost from `before` to `after` (pure).
 * Points are matched by their text, so a question whose checklist was edited between the two
 * attempts compares only the points both evaluations know.
 */
export function compareAttempts(before: ScoredAttempt, after: ScoredAttempt): AttemptComparison {
  const coveredBefore = new Map(before.evidence.map((e) => [e.point, e.covered]));
  const newly: string[] = [];
  const lost: string[] = [];
  for (const e of after.evidence) {
    const was = coveredBefore.get(e.point);
    if (was === undefined) continue;
    if (e.covered && !was) newly.push(e.point);
    if (!e.covered && was) lost.push(e.point);
  }
  return {
    overall_change: (after.scores.overall_score ?? 0) - (before.scores.overall_score ?? 0),
    criteria_change: perCriterion((c) => (after.scores[c.key] ?? 0) - (before.scores[c.key] ?? 0)),
    newly_covered: newly,
    no_longer_covered: lost,
  };
}
