import { invalidateAnalytics } from "@/lib/analytics/cache";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { invalidateSessionCache } from "./session-cache";

/** A session nobody touched for this long is abandoned. */
export const ABANDON_AFTER_MS = 2 * 60 * 60 * 1000;
const BATCH = 500;

/**
 * The scheduled sweep: in-progress sessions whose last activity is older than 2 hours become
 * abandoned, with end_time = their last activity. Idempotent (only in_progress rows change) and
 * safe on many instances at once (rows are claimed with FOR UPDATE SKIP LOCKED, in batches).
 */
export async function abandonStaleSessions(now: Date = new Date()): Promise<{ abandoned: number }> {
  const cutoff = new Date(now.getTime() - ABANDON_AFTER_MS);
  let total = 0;
  for (;;) {
    const rows = await db.$queryRaw<{ id: number; user_id: number }[]>`
      UPDATE "interview_sessions" SET "status" = 'abandoned', "end_time" = "last_activity_at"
      WHERE "id" IN (
        SELECT "id" FROM "interview_sessions"
        WHERE "status" = 'in_progress' AND "last_activity_at" < ${cutoff}
        ORDER BY "id" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
      ) AND "status" = 'in_progress'
      RETURNING "id", "user_id"`;
    for (const row of rows) await invalidateSessionCache(row.id);
    for (const userId of new Set(rows.map((r) => r.user_id))) await invalidateAnalytics(userId);
    total += rows.length;
    if (rows.length < BATCH) break;
  }
  if (total > 0) logger.info("abandoned idle sessions", { count: total });
  return { abandoned: total };
}
