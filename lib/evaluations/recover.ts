import { db } from "@/lib/db/client";
import { emit } from "@/lib/jobs/emit";
import { logger } from "@/lib/logger";

const STALE_PENDING_SECONDS = 30;
const BATCH = 200;

/**
 * Finds evaluations a crash or restart left behind — pending for a while, or processing past
 * their lease — and dispatches them again. Safe to run anywhere, any time: workers claim rows
 * atomically, so a re-dispatch never produces a second evaluation.
 */
export async function recoverStaleEvaluations(): Promise<{ redispatched: number }> {
  const stale = await db.$queryRaw<{ answer_id: number }[]>`
    SELECT "answer_id" FROM "evaluations"
    WHERE ("status" = 'pending' AND "updated_at" < now() - make_interval(secs => ${STALE_PENDING_SECONDS}::int))
       OR ("status" = 'processing' AND "lease_until" < now())
    ORDER BY "id" LIMIT ${BATCH}`;
  for (const row of stale) await emit("interview/answer.submitted", { answer_id: row.answer_id });
  if (stale.length > 0) logger.info("re-dispatched stale evaluations", { count: stale.length });
  return { redispatched: stale.length };
}
