import { flushCacheMetrics } from "@/lib/cache/metrics";
import { recomputeLeaderboards } from "@/lib/gamification/recompute-leaderboards";
import { abandonStaleSessions } from "@/lib/interviews/abandon-stale-sessions";
import { env } from "@/lib/env";
import { recoverStaleEvaluations } from "@/lib/evaluations/recover";
import { warmQuestionPools } from "@/lib/questions/warm-pools";
import { recoverUnfinalizedSessions } from "@/lib/summaries/recover-finalization";
import type { ScheduledTask } from "./scheduler";

const HOUR = 60 * 60 * 1000;

/** What runs on a timer when Inngest is not configured (with Inngest: its cron functions). */
export const backgroundTasks: ScheduledTask[] = [
  { name: "recover-evaluations", everyMs: 60_000, firstRunMs: 3_000, run: recoverStaleEvaluations },
  {
    name: "flush-cache-metrics",
    // A getter: the configuration is read when the scheduler starts, never at import.
    get everyMs() {
      return env().CACHE_METRICS_FLUSH_MS;
    },
    firstRunMs: 30_000,
    run: () => flushCacheMetrics(),
  },
  {
    // CACHE_WARM_ON_START: warm common question pools at start, then twice a day (L1 lives 30 days).
    name: "warm-question-pools",
    everyMs: 12 * HOUR,
    firstRunMs: 1_000,
    run: () => (env().CACHE_WARM_ON_START ? warmQuestionPools() : Promise.resolve(null)),
  },
  // Sessions idle for 2 hours become abandoned; leaderboards are rebuilt (both idempotent).
  {
    name: "abandon-stale-sessions",
    everyMs: 5 * 60_000,
    firstRunMs: 15_000,
    run: () => abandonStaleSessions(),
  },
  {
    name: "recompute-leaderboards",
    everyMs: 10 * 60_000,
    firstRunMs: 20_000,
    run: () => recomputeLeaderboards(),
  },
  // Completed sessions whose finalisation (summary, streak, badges) was lost: run it again.
  {
    name: "recover-finalization",
    everyMs: 5 * 60_000,
    firstRunMs: 25_000,
    run: () => recoverUnfinalizedSessions(),
  },
];
