import { recoverAgentRuns } from "@/lib/agents/executions";
import { flushCacheMetrics } from "@/lib/cache/metrics";
import { env } from "@/lib/env";
import { recoverStaleEvaluations } from "@/lib/evaluations/recover";
import { deleteExpiredRecordings } from "@/lib/recordings/retention";
import { recomputeLeaderboards } from "@/lib/gamification/recompute-leaderboards";
import { abandonStaleSessions } from "@/lib/interviews/abandon-stale-sessions";
import { warmQuestionPools } from "@/lib/questions/warm-pools";
import { recoverUnfinalizedSessions } from "@/lib/summaries/recover-finalization";
import type { ScheduledTask } from "./cadence";

/**
 * Every recurring task, in one table: the in-process scheduler (scheduler.ts) runs each at its
 * interval when Inngest is not configured, and inngest/functions/scheduled-functions.ts makes
 * each a cron function when it is, so the cadence is the same both ways. Each task is idempotent
 * and safe on many instances at once.
 */
export const SCHEDULE: readonly ScheduledTask[] = [
  // Evaluations whose event was lost or whose worker died are dispatched again.
  {
    name: "recover-evaluations",
    every: { minutes: 1 },
    firstRunMs: 3_000,
    run: () => recoverStaleEvaluations(),
  },
  // This instance's cache hit/miss counters into cache_metadata (each instance also flushes on
  // its own once CACHE_METRICS_FLUSH_MS has passed).
  {
    name: "flush-cache-metrics",
    every: { minutes: 1 },
    firstRunMs: 30_000,
    run: () => flushCacheMetrics(),
  },
  // With CACHE_WARM_ON_START: the L1 pools of common role/difficulty mixes (L1 lives 30 days).
  {
    name: "warm-question-pools",
    every: { hours: 12 },
    firstRunMs: 1_000,
    run: () =>
      env().CACHE_WARM_ON_START
        ? warmQuestionPools()
        : Promise.resolve({ skipped: "CACHE_WARM_ON_START is off" }),
  },
  // In-progress sessions idle for 2 hours become abandoned.
  {
    name: "abandon-stale-sessions",
    every: { minutes: 5 },
    firstRunMs: 15_000,
    run: () => abandonStaleSessions(),
  },
  // The weekly and all-time leaderboards, rebuilt under an advisory lock.
  {
    name: "recompute-leaderboards",
    every: { minutes: 10 },
    firstRunMs: 20_000,
    exclusive: true,
    run: () => recomputeLeaderboards(),
  },
  // Completed sessions whose finalisation (summary, streak, badges) was lost are finalised again.
  {
    name: "recover-finalization",
    every: { minutes: 5 },
    firstRunMs: 25_000,
    run: () => recoverUnfinalizedSessions(),
  },
  // Agent runs whose event was lost, or whose worker died mid-run, are sent again.
  {
    name: "recover-agent-runs",
    every: { minutes: 5 },
    firstRunMs: 35_000,
    run: () => recoverAgentRuns(),
  },
  // Kept voice recordings past AUDIO_RETENTION_DAYS, or never attached to an answer, are deleted.
  {
    name: "delete-expired-recordings",
    every: { hours: 1 },
    firstRunMs: 40_000,
    run: () => deleteExpiredRecordings(),
  },
];
