export interface ScheduledTask {
  /** The Inngest function id and the name in logs. */
  name: string;
  /** How often it runs: every N minutes (N divides 60) or every N hours (N divides 24). */
  every: { minutes: number } | { hours: number };
  /** In-process only: delay after start-up before the first run, so start-up is not slowed. */
  firstRunMs: number;
  /** At most one run at a time across all instances (Inngest concurrency 1). */
  exclusive?: boolean;
  run: () => Promise<unknown>;
}

/** The interval of a task in milliseconds. */
export function intervalMs(task: Pick<ScheduledTask, "every">): number {
  const minutes = "minutes" in task.every ? task.every.minutes : task.every.hours * 60;
  return minutes * 60_000;
}

/** The cron expression of the same cadence ("*\/5 * * * *", "0 *\/12 * * *"). */
export function cronOf(task: Pick<ScheduledTask, "every">): string {
  if ("minutes" in task.every) {
    const n = task.every.minutes;
    if (!Number.isInteger(n) || n < 1 || 60 % n !== 0)
      throw new Error(`every ${n} minutes cannot be a cron cadence (use a divisor of 60)`);
    return n === 1 ? "* * * * *" : `*/${n} * * * *`;
  }
  const h = task.every.hours;
  if (!Number.isInteger(h) || h < 1 || 24 % h !== 0)
    throw new Error(`every ${h} hours cannot be a cron cadence (use a divisor of 24)`);
  return h === 1 ? "0 * * * *" : `0 */${h} * * *`;
}
