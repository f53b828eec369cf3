import { db } from "@/lib/db/client";
import { leaderboardQuerySchema } from "@/lib/validations/analytics";
import { parseInput } from "@/lib/validations/parse";
import { dateColumnToString } from "./practice-day";
import { refreshLeaderboardsFor } from "./refresh-leaderboards";

/**
 * GET /leaderboard: the top of a board and the caller's own row. Only ranks, anonymous names,
 * averages and totals leave the server — never a user id. Users who opted out (or deleted their
 * account) are left out at once, even before the next recomputation; a caller's session finished
 * since the last rebuild is on the board at once.
 */
export async function getLeaderboard(userId: number, rawQuery: unknown) {
  const { period, limit } = parseInput(leaderboardQuerySchema, rawQuery);
  await refreshLeaderboardsFor(userId);
  const visible = { period, user: { is: { leaderboardOptOut: false, deletedAt: null } } };
  const [rows, total, mine, me, latest] = await Promise.all([
    db.leaderboardEntry.findMany({
      where: visible,
      orderBy: [{ rank: "asc" }, { anonymousUsername: "asc" }],
      take: limit,
      select: {
        rank: true,
        anonymousUsername: true,
        averageScore: true,
        totalInterviews: true,
        userId: true,
      },
    }),
    db.leaderboardEntry.count({ where: visible }),
    db.leaderboardEntry.findFirst({ where: { period, userId }, orderBy: { createdAt: "desc" } }),
    db.user.findUnique({ where: { id: userId }, select: { leaderboardOptOut: true } }),
    db.leaderboardEntry.findFirst({
      where: { period },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, periodStart: true },
    }),
  ]);
  const optedOut = me?.leaderboardOptOut ?? false;
  return {
    period,
    period_start: latest?.periodStart ? dateColumnToString(latest.periodStart) : null,
    computed_at: latest?.createdAt.toISOString() ?? null,
    total_ranked: total,
    entries: rows.map((r) => ({
      rank: r.rank,
      anonymous_username: r.anonymousUsername,
      average_score: r.averageScore,
      total_interviews: r.totalInterviews,
      is_you: r.userId === userId,
    })),
    you:
      mine && !optedOut
        ? {
            rank: mine.rank,
            anonymous_username: mine.anonymousUsername,
            average_score: mine.averageScore,
            total_interviews: mine.totalInterviews,
          }
        : null,
    opted_out: optedOut,
  };
}
