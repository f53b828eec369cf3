import { db, type DbTx } from "@/lib/db/client";

import type { LeaderboardPeriod } from "@/lib/db/generated/enums";
import { logger } from "@/lib/logger";
import { anonymousName } from "./anonymous-name";
import { isoWeekStart, localDate, stringToDateColumn } from "./practice-day";

// Any constant: serialises recomputations across instances (pg_advisory_xact_lock).
const LEADERBOARD_LOCK_KEY = 480_215_771;

interface Aggregate {
  user_id: number;
  average: number;
  total: number;
}

export interface RankedEntry {
  userId: number;
  rank: number;
  averageScore: number;
  totalInterviews: number;
}

/**
 * Ranking: higher average session score first, then more sessions; users equal on both share a
 * rank and the next rank skips ("1, 2, 2, 4").
 */
export function rankEntries(
  rows: { userId: number; average: number; total: number }[],
): RankedEntry[] {
  const sorted = [...rows].sort(
    (a, b) => b.average - a.average || b.total - a.total || a.userId - b.userId,
  );
  const ranked: RankedEntry[] = [];
  sorted.forEach((row, index) => {
    const previous = sorted[index - 1];
    const tied = previous && previous.average === row.average && previous.total === row.total;
    ranked.push({
      userId: row.userId,
      rank: tied ? ranked[index - 1]!.rank : index + 1,
      averageScore: Math.round(row.average),
      totalInterviews: row.total,
    });
  });
  return ranked;
}

/** The weekly board covers the ISO week (Monday 00:00 UTC onwards) containing `now`. */
export function weekStartUtc(now: Date): string {
  return isoWeekStart(localDate(now, "UTC"));
}

async function aggregates(
  tx: DbTx,
  period: LeaderboardPeriod,
  from: Date,
  to: Date,
): Promise<Aggregate[]> {
  // Completed, summarised sessions of users who have not opted out (deleted accounts excluded).
  if (period === "all_time") {
    return tx.$queryRaw<Aggregate[]>`
      SELECT s."user_id", avg(ss."overall_session_score")::float8 AS average, count(*)::int AS total
      FROM "interview_sessions" s
      JOIN "session_summaries" ss ON ss."session_id" = s."id"
      JOIN "users" u ON u."id" = s."user_id"
      WHERE s."status" = 'completed' AND NOT u."leaderboard_opt_out" AND u."deleted_at" IS NULL
      GROUP BY s."user_id"`;
  }
  return tx.$queryRaw<Aggregate[]>`
    SELECT s."user_id", avg(ss."overall_session_score")::float8 AS average, count(*)::int AS total
    FROM "interview_sessions" s
    JOIN "session_summaries" ss ON ss."session_id" = s."id"
    JOIN "users" u ON u."id" = s."user_id"
    WHERE s."status" = 'completed' AND s."end_time" >= ${from} AND s."end_time" < ${to}
      AND NOT u."leaderboard_opt_out" AND u."deleted_at" IS NULL
    GROUP BY s."user_id"`;
}

/**
 * Rebuilds both boards from the sessions (weekly: this UTC week; all-time: everything). Safe to
 * run on many instances at once: each period is replaced in one transaction under an advisory
 * lock, so readers always see a complete board and two runs never interleave.
 */
export async function recomputeLeaderboards(
  now: Date = new Date(),
): Promise<Record<LeaderboardPeriod, number>> {
  const weekStart = weekStartUtc(now);
  const from = stringToDateColumn(weekStart);
  const to = new Date(from.getTime() + 7 * 86_400_000);
  const result = { weekly: 0, all_time: 0 } as Record<LeaderboardPeriod, number>;
  for (const period of ["weekly", "all_time"] as const) {
    result[period] = await db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${LEADERBOARD_LOCK_KEY}::bigint)`;
        // Read under the lock: the run that commits last also read last.
        const rows = await aggregates(tx, period, from, to);
        const ranked = rankEntries(
          rows.map((r) => ({ userId: r.user_id, average: Number(r.average), total: r.total })),
        );
        const createdAt = new Date();
        await tx.leaderboardEntry.deleteMany({ where: { period } });
        for (let i = 0; i < ranked.length; i += 1000) {
          await tx.leaderboardEntry.createMany({
            data: ranked.slice(i, i + 1000).map((e) => ({
              userId: e.userId,
              rank: e.rank,
              anonymousUsername: anonymousName(e.userId),
              averageScore: e.averageScore,
              totalInterviews: e.totalInterviews,
              period,
              periodStart: period === "weekly" ? from : null,
              createdAt,
            })),
          });
        }
        return ranked.length;
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }
  logger.info("leaderboards recomputed", { ...result, week_start: weekStart });
  return result;
}
