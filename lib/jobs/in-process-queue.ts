import { logger } from "@/lib/logger";

interface QueuedJob {
  name: string;
  key: string;
  run: () => Promise<void>;
  attempt: number;
  maxAttempts: number;
}

/**
 * The in-process stand-in for Inngest: bounded concurrency and retries with exponential backoff.
 * Work lost to a crash is not lost for good: each job's state lives in the database and the
 * recovery sweep re-enqueues it.
 */
export class InProcessQueue {
  private readonly waiting: QueuedJob[] = [];
  private running = 0;
  private readonly idleWaiters: (() => void)[] = [];
  private timers = 0;
  // Keys of jobs waiting, running or backing off: the same work is never queued twice.
  private readonly active = new Set<string>();
  private closed = false;

  constructor(
    private readonly concurrency = 2,
    private readonly baseDelayMs = 1000,
  ) {}

  /** Queues `run` unless a job with the same key is already queued; returns whether it was. */
  enqueue(
    name: string,
    run: () => Promise<void>,
    options: { key?: string; maxAttempts?: number } = {},
  ): boolean {
    const key = options.key ?? `${name}:${Math.random()}`;
    if (this.closed) {
      // Shutting down: the work stays pending in the database for the recovery sweep.
      logger.info("queue closed; job left to recovery", { job: name });
      return false;
    }
    if (this.active.has(key)) return false;
    this.active.add(key);
    this.waiting.push({ name, key, run, attempt: 1, maxAttempts: options.maxAttempts ?? 3 });
    this.pump();
    return true;
  }

  /** Refuses new jobs (graceful shutdown); queued, running and retrying ones still finish. */
  close(): void {
    this.closed = true;
  }

  /** Resolves when nothing is queued, running or waiting to retry (tests, graceful shutdown). */
  onIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.running === 0 && this.waiting.length === 0 && this.timers === 0;
  }

  private pump(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      this.running++;
      void this.execute(job);
    }
    if (this.isIdle()) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async execute(job: QueuedJob): Promise<void> {
    let retrying = false;
    try {
      await job.run();
    } catch (error) {
      if (job.attempt < job.maxAttempts) {
        const delay = this.baseDelayMs * 2 ** (job.attempt - 1);
        logger.warn("job failed; retrying", {
          job: job.name,
          attempt: job.attempt,
          delay,
          error: String(error),
        });
        retrying = true;
        this.timers++;
        setTimeout(() => {
          this.timers--;
          this.waiting.push({ ...job, attempt: job.attempt + 1 });
          this.pump();
        }, delay).unref?.();
      } else {
        logger.error("job failed for good", {
          job: job.name,
          attempts: job.attempt,
          error: String(error),
        });
      }
    } finally {
      if (!retrying) this.active.delete(job.key);
      this.running--;
      this.pump();
    }
  }
}

const globalForQueue = globalThis as unknown as { __interviewMasterQueue?: InProcessQueue };

export function inProcessQueue(): InProcessQueue {
  globalForQueue.__interviewMasterQueue ??= new InProcessQueue();
  return globalForQueue.__interviewMasterQueue;
}
