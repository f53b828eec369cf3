import { cronOf } from "@/lib/jobs/cadence";
import { SCHEDULE } from "@/lib/jobs/schedule";
import { inngest } from "../client";

/** One cron function per task of lib/jobs/schedule.ts, at the cadence the in-process timer uses. */
export const scheduledFunctions = Object.fromEntries(
  SCHEDULE.map((task) => [
    task.name,
    inngest.createFunction(
      {
        id: task.name,
        triggers: [{ cron: cronOf(task) }],
        ...(task.exclusive ? { concurrency: { limit: 1 } } : {}),
      },
      async ({ step }) => step.run("run", () => task.run()),
    ),
  ]),
);
