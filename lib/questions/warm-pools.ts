import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { CATEGORIES, DIFFICULTIES, type QuestionCategory } from "@/lib/validations/enums";
import { bankRoles } from "./bank/load";
import { poolKey, warmPools, type PoolRequest } from "./question-pool";
import { canonicalRole } from "./role-match";

/** What most sessions ask for: the form's default (5 Technical), single categories, a longer
 * mixed session, and everything. */
const COMMON_COUNTS = [5, 10] as const;
const COMMON_CATEGORY_SETS: QuestionCategory[][] = [
  ...CATEGORIES.map((c) => [c]),
  ["Technical", "Behavioral"],
  [...CATEGORIES],
];

// Combinations asked for at least this often lately are warmed too, up to this many.
const POPULAR_MIN_SESSIONS = 2;
const POPULAR_LIMIT = 500;
const POPULAR_WINDOW_DAYS = 30;

/** The bank roles at every difficulty, in the common counts and category sets. */
export function commonPoolRequests(roles: readonly string[] = bankRoles()): PoolRequest[] {
  return roles.flatMap((role) =>
    DIFFICULTIES.flatMap((difficulty) =>
      COMMON_COUNTS.flatMap((count) =>
        COMMON_CATEGORY_SETS.map((categories) => ({ role, difficulty, count, categories })),
      ),
    ),
  );
}

/** The combinations users actually asked for most in the last days (free-text roles included). */
async function popularPoolRequests(now: Date = new Date()): Promise<PoolRequest[]> {
  const since = new Date(now.getTime() - POPULAR_WINDOW_DAYS * 86_400_000);
  const groups = await db.interviewSession.groupBy({
    by: ["role", "difficulty", "questionCount", "categories"],
    where: { createdAt: { gte: since } },
    _count: { _all: true },
    having: { id: { _count: { gte: POPULAR_MIN_SESSIONS } } },
    orderBy: { _count: { id: "desc" } },
    take: POPULAR_LIMIT,
  });
  return groups.map((g) => ({
    role: canonicalRole(g.role),
    difficulty: g.difficulty,
    count: g.questionCount,
    categories: g.categories,
  }));
}

/**
 * Cache warming: loads the L1 pool of every common combination — the static set above plus the
 * popular ones from recent sessions — that is not cached yet. These lookups are not counted in
 * the hit rates.
 */
export async function warmQuestionPools(
  requests?: readonly PoolRequest[],
): Promise<{ loaded: number; cached: number; empty: number }> {
  const wanted = requests ?? [...commonPoolRequests(), ...(await popularPoolRequests())];
  const unique = [...new Map(wanted.map((r) => [poolKey(r), r])).values()];
  const totals = await warmPools(unique);
  logger.info("question pools warmed", totals);
  return totals;
}

/**
 * Warms one role's common pools (one query, done inline): a user who just chose a target role
 * will practise it next, usually with the form's defaults.
 */
export async function warmRolePools(role: string): Promise<void> {
  await warmQuestionPools(commonPoolRequests([canonicalRole(role)]));
}
