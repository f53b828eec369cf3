/**
 * The job registry: every event has a handler and a durable function, the in-process runner and
 * Inngest run the same steps, and the schedule table gives one cadence both ways.
 */
import { InngestTestEngine } from "@inngest/test";
import { functions } from "@/inngest";
import { eventFunctions } from "@/inngest/functions/event-functions";
import { scheduledFunctions } from "@/inngest/functions/scheduled-functions";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { cronOf, intervalMs } from "@/lib/jobs/cadence";
import { emit } from "@/lib/jobs/emit";
import { EVENT_NAMES, EVENTS } from "@/lib/jobs/events";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { handleInProcess } from "@/lib/jobs/in-process-runner";
import { localRunner, setLocalRunner } from "@/lib/jobs/local-runner";
import { EVENT_HANDLERS } from "@/lib/jobs/registry";
import { SCHEDULE } from "@/lib/jobs/schedule";
import { startScheduler, stopScheduler } from "@/lib/jobs/scheduler";
import type { StepRunner } from "@/lib/jobs/steps";
import { FINALIZATION_STEPS } from "@/lib/summaries/finalize-session";
import { seedSession, seedUser } from "../helpers/seed-history";

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

type Trigger = { event?: string; cron?: string };
const triggersOf = (fn: unknown): Trigger[] =>
  (fn as { opts: { triggers?: Trigger[] } }).opts.triggers ?? [];
const idOf = (fn: unknown): string => (fn as { opts: { id: string } }).opts.id;

/** A step runner that records the ids it is asked to run, then runs them. */
function recording(): { ids: string[]; step: StepRunner } {
  const ids: string[] = [];
  return { ids, step: (id, work) => (ids.push(id), work()) };
}

describe("event registry", () => {
  it("gives every event a handler, a schema and exactly one durable function", () => {
    expect(EVENT_NAMES.length).toBeGreaterThanOrEqual(3);
    for (const name of EVENT_NAMES) {
      expect(name).toMatch(/^[a-z]+\/[a-z-]+\.[a-z-]+$/); // domain/noun.verb
      expect(EVENT_HANDLERS[name]).toBeDefined();
      const served = functions.filter((fn) => triggersOf(fn).some((t) => t.event === name));
      expect(served).toHaveLength(1);
      expect(served[0]).toBe(eventFunctions[name]);
      expect(idOf(served[0])).toBe(EVENT_HANDLERS[name].id);
    }
    const ids = functions.map(idOf);
    expect(new Set(ids).size).toBe(ids.length);
    expect(functions).toHaveLength(EVENT_NAMES.length + SCHEDULE.length);
  });

  it("rejects a payload that does not match the event's schema, before anything runs", async () => {
    const runner = localRunner();
    const received = jest.fn();
    setLocalRunner(received);
    try {
      await expect(emit("interview/answer.submitted", { answer_id: -1 })).rejects.toThrow();
      await expect(
        emit("interview/session.completed", { session_id: "7" as unknown as number }),
      ).rejects.toThrow();
      expect(received).not.toHaveBeenCalled();
      await emit("interview/session.completed", { session_id: 7 });
      expect(received).toHaveBeenCalledWith("interview/session.completed", { session_id: 7 });
    } finally {
      if (runner) setLocalRunner(runner);
    }
    expect(EVENTS["interview/answer.submitted"].safeParse({ answer_id: 2 ** 31 }).success).toBe(
      false,
    );
  });

  it("finalises a session with the same steps in-process and on Inngest", async () => {
    const userId = await seedUser();
    const seed = () =>
      seedSession(userId, {
        endTime: new Date(),
        questions: [{ category: "Technical", score: 80 }],
        summarise: "none",
      });
    // Finalisation, then the study plan's adaptation (nothing to do without a plan).
    const stepIds = [...FINALIZATION_STEPS.map((s) => s.id), "adapt-study-plan"];

    const local = recording();
    const inProcess = await seed();
    const localResult = await EVENT_HANDLERS["interview/session.completed"].run(
      { session_id: inProcess },
      local.step,
    );
    expect(local.ids).toEqual(stepIds);
    expect(localResult).toMatchObject({ session_id: inProcess, finalized: true });

    const durable = await seed();
    const t = new InngestTestEngine({ function: eventFunctions["interview/session.completed"] });
    const { ctx, result } = await t.execute({
      events: [{ name: "interview/session.completed", data: { session_id: durable } }],
    });
    const calls = jest.mocked(ctx.step.run).mock.calls.map((call) => call[0]);
    expect(calls).toEqual(stepIds);
    expect(result).toMatchObject({ session_id: durable, finalized: true });

    for (const id of [inProcess, durable]) {
      const summary = await db.sessionSummary.findUniqueOrThrow({ where: { sessionId: id } });
      expect(summary.overallSessionScore).toBe(80);
      expect(summary.finalizedAt).not.toBeNull();
    }
  });

  it("stops after the first step when the session is not completed, both ways", async () => {
    const userId = await seedUser();
    const open = await seedSession(userId, {
      endTime: new Date(),
      status: "in_progress",
      questions: [{ category: "Technical", notReached: true }],
    });
    const local = recording();
    await EVENT_HANDLERS["interview/session.completed"].run({ session_id: open }, local.step);
    expect(local.ids).toEqual(["write-summary"]);
    const t = new InngestTestEngine({ function: eventFunctions["interview/session.completed"] });
    const { ctx, result } = await t.execute({
      events: [{ name: "interview/session.completed", data: { session_id: open } }],
    });
    expect(jest.mocked(ctx.step.run).mock.calls.map((call) => call[0])).toEqual(["write-summary"]);
    expect(result).toMatchObject({ finalized: false });
    expect(await handleInProcess("interview/session.completed", { session_id: open })).toEqual(
      result,
    );
  });
});

describe("schedule table", () => {
  it("has unique names, a valid cadence each, and one cron function per task", () => {
    expect(new Set(SCHEDULE.map((t) => t.name)).size).toBe(SCHEDULE.length);
    for (const task of SCHEDULE) {
      const fn = scheduledFunctions[task.name];
      expect(fn).toBeDefined();
      expect(functions).toContain(fn);
      expect(triggersOf(fn)).toEqual([{ cron: cronOf(task) }]);
      expect(task.firstRunMs).toBeLessThan(intervalMs(task));
    }
  });

  it("derives the same cadence for the timer and the cron expression", () => {
    const minutesOfCron = (cron: string): number => {
      const [minute, hour] = cron.split(" ");
      if (minute === "*") return 1;
      if (minute?.startsWith("*/")) return Number(minute.slice(2));
      if (hour === "*") return 60;
      return Number(hour!.slice(2)) * 60;
    };
    for (const task of SCHEDULE) {
      expect(minutesOfCron(cronOf(task)) * 60_000).toBe(intervalMs(task));
    }
    expect(cronOf({ every: { minutes: 5 } })).toBe("*/5 * * * *");
    expect(cronOf({ every: { hours: 12 } })).toBe("0 */12 * * *");
    expect(() => cronOf({ every: { minutes: 7 } })).toThrow();
    expect(() => cronOf({ every: { hours: 5 } })).toThrow();
  });

  it("runs each task in-process first after its delay, then at its interval", async () => {
    jest.useFakeTimers();
    try {
      const runs: string[] = [];
      const tasks = [
        {
          name: "a",
          every: { minutes: 1 },
          firstRunMs: 1_000,
          run: () => Promise.resolve(runs.push("a")),
        },
        {
          name: "b",
          every: { minutes: 5 },
          firstRunMs: 2_000,
          run: () => Promise.resolve(runs.push("b")),
        },
      ];
      startScheduler(tasks);
      await jest.advanceTimersByTimeAsync(2_000);
      expect(runs).toEqual(["a", "b"]);
      await jest.advanceTimersByTimeAsync(5 * 60_000);
      expect(runs.filter((r) => r === "a")).toHaveLength(6);
      expect(runs.filter((r) => r === "b")).toHaveLength(2);
    } finally {
      stopScheduler();
      jest.useRealTimers();
    }
  });
});
