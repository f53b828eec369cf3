import { db } from "@/lib/db/client";
import type { CacheLayer } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { drainLayerCounts, restoreLayerCounts } from "./counters";

const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Adds this process's hit/miss counters to today's cache_metadata row of each layer and
 * recomputes the row's hit rate from its totals (property 16, two decimals). Counters that could
 * not be written are kept for the next flush.
 */
export async function flushCacheMetrics(now: Date = new Date()): Promise<{ layers: number }> {
  const drained = drainLayerCounts();
  lastFlushAt = Date.now();
  try {
    for (const [layer, { hits, misses }] of drained) {
      if (hits + misses === 0) continue;
      await addToDay(layer, hits, misses, utcDay(now));
    }
    return { layers: drained.size };
  } catch (error) {
    restoreLayerCounts(drained);
    logger.warn("cache metrics flush failed; kept for the next one", { error: String(error) });
    return { layers: 0 };
  }
}

async function addToDay(layer: CacheLayer, hits: number, misses: number, day: string) {
  await db.$executeRaw`
    INSERT INTO "cache_metadata" ("cache_layer", "cache_hits", "cache_misses", "hit_rate", "date")
    VALUES (${layer}::"CacheLayer", ${hits}, ${misses},
            ROUND(${hits}::numeric * 100 / ${hits + misses}, 2), ${day}::date)
    ON CONFLICT ("cache_layer", "date") DO UPDATE SET
      "cache_hits" = "cache_metadata"."cache_hits" + EXCLUDED."cache_hits",
      "cache_misses" = "cache_metadata"."cache_misses" + EXCLUDED."cache_misses",
      "hit_rate" = COALESCE(ROUND(
        ("cache_metadata"."cache_hits" + EXCLUDED."cache_hits")::numeric * 100
        / NULLIF("cache_metadata"."cache_hits" + EXCLUDED."cache_hits"
                 + "cache_metadata"."cache_misses" + EXCLUDED."cache_misses", 0), 2), 0)`;
}

let lastFlushAt = Date.now();
let flushing: Promise<unknown> | null = null;

/**
 * Flushes in the background once CACHE_METRICS_FLUSH_MS has passed since the last flush, so
 * counters reach the database in every deployment (timer, Inngest cron, or neither).
 */
export function maybeFlushCacheMetrics(): void {
  if (flushing || Date.now() - lastFlushAt < env().CACHE_METRICS_FLUSH_MS) return;
  flushing = flushCacheMetrics().finally(() => {
    flushing = null;
  });
}
