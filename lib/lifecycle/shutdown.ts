import { closeEvaluatorPool } from "@/lib/ai/offline/pool";
import { closeCache } from "@/lib/cache";
import { disconnectDb } from "@/lib/db/client";
import { inProcessQueue, type InProcessQueue } from "@/lib/jobs/in-process-queue";
import { stopScheduler } from "@/lib/jobs/scheduler";
import { logger } from "@/lib/logger";

const globalForShutdown = globalThis as unknown as {
  __interviewMasterShutdown?: Promise<void>;
};

/** True from the first SIGTERM/SIGINT on: readiness answers 503 so the load balancer drains us. */
export function isShuttingDown(): boolean {
  return globalForShutdown.__interviewMasterShutdown !== undefined;
}

function within(ms: number, work: Promise<void>): Promise<"done" | "timeout"> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("timeout"), ms);
    timer.unref();
    void work.then(() => {
      clearTimeout(timer);
      resolve("done");
    });
  });
}

/** Closes the queue to new jobs and waits for the rest, at most `timeoutMs`. */
export async function drainQueue(
  queue: InProcessQueue,
  timeoutMs: number,
): Promise<"drained" | "timeout"> {
  queue.close();
  return (await within(timeoutMs, queue.onIdle())) === "done" ? "drained" : "timeout";
}

/**
 * Drains this process: no new scheduled runs or queued jobs (a job refused now stays pending in the
 * database and another instance's recovery sweep takes it), in-flight ones finish within
 * `timeoutMs`, then the database and cache connections close. Idempotent.
 */
export function shutDown(reason: string, timeoutMs: number): Promise<void> {
  globalForShutdown.__interviewMasterShutdown ??= (async () => {
    logger.info("shutting down: draining background jobs", { reason, timeoutMs });
    stopScheduler();
    const outcome = await drainQueue(inProcessQueue(), timeoutMs);
    if (outcome === "timeout") {
      logger.warn("shutdown timeout: unfinished jobs are left to recovery", { timeoutMs });
    }
    await Promise.allSettled([disconnectDb(), closeCache(), closeEvaluatorPool()]);
    logger.info("shut down", { reason, jobs: outcome });
  })();
  return globalForShutdown.__interviewMasterShutdown;
}

/**
 * Next.js's own SIGTERM handler closes the HTTP server (in-flight requests finish) and then calls
 * process.exit; background jobs are not requests, so the exit waits until they have drained too.
 */
export function installGracefulShutdown(timeoutMs: number): void {
  const flag = globalThis as unknown as { __interviewMasterShutdownHooked?: boolean };
  if (flag.__interviewMasterShutdownHooked) return;
  flag.__interviewMasterShutdownHooked = true;
  const exit = process.exit.bind(process);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    // First in line, so the drain has begun before any other listener's exit.
    process.prependOnceListener(signal, () => {
      void shutDown(signal, timeoutMs);
      // Without another listener (e.g. NEXT_MANUAL_SIG_HANDLE) nobody would exit after draining.
      if (process.listenerCount(signal) === 0) {
        void shutDown(signal, timeoutMs).then(() => exit(0));
      }
    });
  }
  const deferredExit = (code?: number | string | null): never => {
    if (!isShuttingDown()) return exit(code);
    void shutDown("exit", timeoutMs).then(() => exit(code));
    return undefined as never;
  };
  process.exit = deferredExit;
}
