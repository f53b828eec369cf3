import { EVENTS, type EventName } from "./events";
import { inProcessQueue } from "./in-process-queue";
import { setLocalRunner } from "./local-runner";
import { EVENT_HANDLERS } from "./registry";
import { runDirectly } from "./steps";

/** Runs an event's registered handler now, in this process (steps run one after another). */
export async function handleInProcess(name: EventName, payload: unknown): Promise<unknown> {
  const handler = EVENT_HANDLERS[name] as {
    run: (data: unknown, step: typeof runDirectly) => Promise<unknown>;
  };
  return handler.run(EVENTS[name].parse(payload), runDirectly);
}

/**
 * Makes this process handle the events it emits, on the in-process queue (bounded concurrency,
 * the handler's retries with backoff, one job per event and payload at a time). Called by every
 * entry point: instrumentation.ts for the server, scripts and test setup for theirs.
 */
export function installInProcessRunner(): void {
  setLocalRunner(runInProcess);
}

/** Queues an event's handler on the in-process queue (see installInProcessRunner). */
export function runInProcess(name: EventName, payload: unknown): void {
  inProcessQueue().enqueue(
    name,
    async () => {
      await handleInProcess(name, payload);
    },
    { key: `${name}:${JSON.stringify(payload)}`, maxAttempts: EVENT_HANDLERS[name].retries + 1 },
  );
}
