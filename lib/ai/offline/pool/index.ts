import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { EvaluationInput, EvaluationResult } from "../../types";
import { evaluateAgainstBank, warmBankEvaluator } from "../evaluate-against-bank";

/** Written by `node scripts/build-evaluator-worker.cjs` (postinstall), relative to process.cwd(). */
export const EVALUATOR_WORKER_FILE = path.join(".cache", "evaluator-worker.cjs");

type Pool = Piscina<EvaluationInput, EvaluationResult>;

// One pool per process, on globalThis: Next.js bundles instrumentation and each route separately,
// and module-level state would give every bundle threads of its own.
const state = globalThis as typeof globalThis & {
  __imEvaluatorPool?: { pool: Pool | null | undefined; warned: boolean };
};
const shared = (state.__imEvaluatorPool ??= { pool: undefined, warned: false });

/**
 * Threads for this process: EVALUATOR_THREADS, else in production one less than the cores (at
 * least one); none in development and tests, where the worker file could lag behind edited code.
 */
export function evaluatorThreads(): number {
  const config = env();
  if (config.EVALUATOR_THREADS !== undefined) return config.EVALUATOR_THREADS;
  return config.NODE_ENV === "production" ? Math.max(1, os.availableParallelism() - 1) : 0;
}

/**
 * Starts the threads now (server start), so the first answers do not wait for them to load; with
 * no threads, warms the evaluator on this thread in small steps instead.
 */
export function startEvaluatorPool(): void {
  if (!evaluatorPool()) warmBankEvaluator().catch(() => undefined);
}

function evaluatorPool(): Pool | null {
  if (shared.pool !== undefined) return shared.pool;
  const threads = evaluatorThreads();
  const file = path.join(process.cwd(), EVALUATOR_WORKER_FILE);
  if (threads === 0) return (shared.pool = null);
  if (!existsSync(file)) {
    logger.warn("evaluator: worker file missing, evaluating on the request thread", { file });
    return (shared.pool = null);
  }
  shared.pool = new Piscina<EvaluationInput, EvaluationResult>({
    filename: pathToFileURL(file).href,
    minThreads: threads,
    maxThreads: threads,
    // Threads that idle this long exit (and start again on demand): no process kept alive.
    idleTimeout: 60_000,
  });
  return shared.pool;
}

/**
 * The built-in evaluator on a worker thread, so scoring (tens of milliseconds of CPU per answer)
 * never stalls the requests this process serves. Falls back to the calling thread when the pool
 * is off, missing or failing: an answer is always scored.
 */
export async function evaluateOffThread(input: EvaluationInput): Promise<EvaluationResult> {
  const workers = evaluatorPool();
  if (!workers) return evaluateAgainstBank(input);
  try {
    return await workers.run(input);
  } catch (error) {
    if (!shared.warned) {
      shared.warned = true;
      logger.warn("evaluator: worker thread failed, evaluating on the request thread", {
        error: String(error),
      });
    }
    return evaluateAgainstBank(input);
  }
}

/** Threads busy or queued right now (for metrics and the system page). */
export function evaluatorPoolStats(): { threads: number; queued: number; completed: number } {
  const { pool } = shared;
  if (!pool) return { threads: 0, queued: 0, completed: 0 };
  return { threads: pool.threads.length, queued: pool.queueSize, completed: pool.completed };
}

/** Ends the worker threads (graceful shutdown, tests); the next evaluation starts them again. */
export async function closeEvaluatorPool(): Promise<void> {
  const current = shared.pool;
  shared.pool = undefined;
  shared.warned = false;
  await current?.destroy();
}
