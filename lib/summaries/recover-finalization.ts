import { db } from "@/lib/db/client";
import { emit } from "@/lib/jobs/emit";
import { logger } from "@/lib/logger";

const SETTLE_SECONDS = 120;
const LOOKBACK_DAYS = 7;
const BATCH = 200;

/**
 * Completed sessions whose finalisation never finished — the job was lost to a crash or restart,
 * or failed for good — with nothing left in flight: finalised again (idempotent). Looks at the
 * last 7 days of completions, through the (status, end_time) index.
 */
export async function recoverUnfinalizedSessions(): Promise<{ redispatched: number }> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT s."id" FROM "interview_sessions" s
    LEFT JOIN "session_summaries" ss ON ss."session_id" = s."id"
    WHERE s."status" = 'completed'
      AND s."end_time" < now() - make_interval(secs => ${SETTLE_SECONDS}::int)
      AND s."end_time" > now() - make_interval(days => ${LOOKBACK_DAYS}::int)
      AND (ss."id" IS NULL OR ss."finalized_at" IS NULL)
      AND NOT EXISTS (
        SELECT 1 FROM "answers" a JOIN "evaluations" e ON e."answer_id" = a."id"
        WHERE a."session_id" = s."id" AND e."status" IN ('pending', 'processing')
      )
    ORDER BY s."id" LIMIT ${BATCH}`;
  for (const row of rows) await emit("interview/session.completed", { session_id: row.id });
  if (rows.length > 0) logger.info("re-dispatched unfinalised sessions", { count: rows.length });
  return { redispatched: rows.length };
}
