import { flushCacheMetrics } from "@/lib/cache/metrics";
import { inngest } from "../client";

// Every 5 minutes: this instance's cache hit/miss counters into cache_metadata (each instance
// also flushes on its own once CACHE_METRICS_FLUSH_MS has passed).
export const flushCacheMetricsFn = inngest.createFunction(
  { id: "flush-cache-metrics", triggers: [{ cron: "*/5 * * * *" }] },
  async ({ step }) => step.run("flush", () => flushCacheMetrics()),
);
