import { generateQuestions } from "@/lib/ai/generate-questions";
import { hasLlmProviders } from "@/lib/ai/router";
import { cache } from "@/lib/cache";
import { questionRefillLockKey } from "@/lib/cache/keys";
import { env } from "@/lib/env";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { logger } from "@/lib/logger";
import { ensureRequestContext } from "@/lib/request-context";
import type { Candidate } from "./pick";
import { addToPool, poolKey, type PoolRequest } from "./question-pool";
import { storeQuestions } from "./store-questions";

// Longer replies are slower and more often cut short; a session asks for at most 20.
const MAX_PER_CALL = 10;
// One background refill per pool at a time, across every instance.
const REFILL_LOCK_SECONDS = 300;

/**
 * Asks the providers for `count` new questions for a request within `budgetMs`, stores them
 * (source 'ai', deduplicated by fingerprint) and adds them to the request's cached pool.
 * Returns the stored questions; none when no provider delivered in time.
 */
export async function growPool(
  r: PoolRequest,
  count: number,
  budgetMs: number,
): Promise<Candidate[]> {
  const generated = await generateQuestions(
    {
      role: r.role,
      difficulty: r.difficulty,
      categories: r.categories,
      count: Math.min(count, MAX_PER_CALL),
    },
    budgetMs,
  );
  if (!generated) return [];
  const stored = await storeQuestions(generated.drafts, "ai");
  await addToPool(r, stored);
  logger.info("question pool grown", {
    pool: poolKey(r),
    added: stored.length,
    provider: generated.provider,
  });
  return stored;
}

/**
 * Grows a pool in the background, with the time an evaluation gets rather than a request's
 * budget. Never blocks the caller; one refill per pool at a time.
 */
export function refillPoolInBackground(r: PoolRequest, count: number): void {
  if (!hasLlmProviders()) return;
  const key = poolKey(r);
  inProcessQueue().enqueue(
    "questions/refill",
    () =>
      ensureRequestContext("refill", async () => {
        if (!(await cache().setIfAbsent(questionRefillLockKey(key), "1", REFILL_LOCK_SECONDS)))
          return;
        await growPool(r, count, env().AI_EVALUATION_BUDGET_MS);
      }),
    { key: `questions/refill:${key}`, maxAttempts: 1 },
  );
}
