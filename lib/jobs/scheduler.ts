import { logger } from "@/lib/logger";
import { intervalMs, type ScheduledTask } from "./cadence";

const globalForScheduler = globalThis as unknown as {
  __interviewMasterScheduler?: NodeJS.Timeout[];
};

/**
 * The in-process stand-in for Inngest cron functions: each task on its own timer, never two runs
 * of one task at once, errors logged and the next tick tried again. Timers do not keep the process
 * alive. Started once per process (dev hot reload included).
 */
export function startScheduler(tasks: readonly ScheduledTask[]): void {
  if (globalForScheduler.__interviewMasterScheduler) return;
  const timers: NodeJS.Timeout[] = [];
  for (const task of tasks) {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        await task.run();
      } catch (error) {
        logger.error("scheduled task failed", { task: task.name, error: String(error) });
      } finally {
        running = false;
      }
    };
    const first = setTimeout(() => void tick(), task.firstRunMs);
    first.unref();
    const every = setInterval(() => void tick(), intervalMs(task));
    every.unref();
    timers.push(first, every);
  }
  globalForScheduler.__interviewMasterScheduler = timers;
}

export function stopScheduler(): void {
  for (const t of globalForScheduler.__interviewMasterScheduler ?? []) clearTimeout(t);
  globalForScheduler.__interviewMasterScheduler = undefined;
}
