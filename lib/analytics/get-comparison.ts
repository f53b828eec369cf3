import { db } from "@/lib/db/client";
import { getUserOrThrow } from "@/lib/users/get-user";
import { cachedForUser, COMPARISON_TTL_SECONDS, comparisonKey } from "./cache";

/** Below this many users (the caller included) in a cohort, no comparison is shown. */
const MIN_COHORT = 5;

type ComparisonStatus = "ok" | "no_target_role" | "no_sessions" | "cohort_too_small";

/**
 * The share of the other candidates in the cohort that the user outscores, ties counting half:
 * 100 · (below + ½ · (equal − 1)) / (cohort − 1), rounded. Top of the cohort = 100, bottom = 0.
 */
export function percentileRank(below: number, equalIncludingSelf: number, cohort: number): number {
  if (cohort <= 1) return 100;
  return Math.round((100 * (below + 0.5 * (equalIncludingSelf - 1))) / (cohort - 1));
}

interface CohortRow {
  cohort: number;
  below: number;
  equal: number;
  mine: number;
  percentile: number;
}

/**
 * Anonymous comparison with the users who share the caller's target role (letter case aside: the
 * profile stores titles trimmed and single-spaced), computed in SQL: only
 * aggregates leave the database (cohort size and rank counts, never another user's row), and
 * nothing is returned for a cohort smaller than 5. A user's figure is the mean score of their
 * completed sessions; every active account with at least one such session counts.
 */
export async function computeComparison(userId: number, targetRole: string | null) {
  const base = { target_role: targetRole, minimum_cohort: MIN_COHORT };
  if (!targetRole)
    return {
      ...base,
      status: "no_target_role" as ComparisonStatus,
      percentile: null,
      cohort_size: null,
      your_average: null,
    };
  const rows = await db.$queryRaw<CohortRow[]>`
    WITH per_user AS (
      SELECT s."user_id", avg(ss."overall_session_score") AS average
      FROM "users" u
      JOIN "interview_sessions" s ON s."user_id" = u."id" AND s."status" = 'completed'
      JOIN "session_summaries" ss ON ss."session_id" = s."id"
      WHERE lower(u."target_role") = lower(${targetRole}) AND u."deleted_at" IS NULL
      GROUP BY s."user_id"
    ), me AS (
      SELECT average FROM per_user WHERE "user_id" = ${userId}
    )
    SELECT count(*)::int AS cohort,
           (count(*) FILTER (WHERE p.average < me.average))::int AS below,
           (count(*) FILTER (WHERE p.average = me.average))::int AS equal,
           me.average::float8 AS mine,
           COALESCE(round(100.0 * (count(*) FILTER (WHERE p.average < me.average)
                                   + 0.5 * (count(*) FILTER (WHERE p.average = me.average) - 1))
                          / NULLIF(count(*) - 1, 0)), 100)::int AS percentile
    FROM per_user p CROSS JOIN me
    GROUP BY me.average`;
  const row = rows[0];
  if (!row)
    return {
      ...base,
      status: "no_sessions" as ComparisonStatus,
      percentile: null,
      cohort_size: null,
      your_average: null,
    };
  const yourAverage = Math.round(Number(row.mine) * 10) / 10;
  if (row.cohort < MIN_COHORT) {
    return {
      ...base,
      status: "cohort_too_small" as ComparisonStatus,
      percentile: null,
      cohort_size: null,
      your_average: yourAverage,
    };
  }
  return {
    ...base,
    status: "ok" as ComparisonStatus,
    // Computed in SQL; percentileRank() is the same formula.
    percentile: row.percentile,
    cohort_size: row.cohort,
    your_average: yourAverage,
  };
}

/** GET /analytics/comparison (cached per user for a few minutes). */
export async function getComparison(userId: number) {
  const user = await getUserOrThrow(userId);
  return cachedForUser(userId, comparisonKey(userId), COMPARISON_TTL_SECONDS, () =>
    computeComparison(userId, user.targetRole),
  );
}
