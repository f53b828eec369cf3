import { EVENT_NAMES, type EventName } from "@/lib/jobs/events";
import { EVENT_HANDLERS } from "@/lib/jobs/registry";
import type { StepRunner } from "@/lib/jobs/steps";
import { inngest } from "../client";
import { inngestEvents } from "../events";

/** The durable function of one event: its registered handler, each step a `step.run`. */
function eventFunction<N extends EventName>(name: N) {
  const handler = EVENT_HANDLERS[name];
  return inngest.createFunction(
    {
      id: handler.id,
      triggers: [inngestEvents[name]],
      retries: handler.retries,
      ...(handler.concurrency ? { concurrency: { limit: handler.concurrency } } : {}),
    },
    async ({ event, step }) => {
      // Step results are plain JSON by contract (StepRunner), so the memoised value is the result.
      const durable: StepRunner = (id, work) => step.run(id, work) as never;
      return handler.run(event.data as Parameters<typeof handler.run>[0], durable);
    },
  );
}

/** One Inngest function per event of lib/jobs/events.ts, keyed by event name. */
export const eventFunctions = Object.fromEntries(
  EVENT_NAMES.map((name) => [name, eventFunction(name)]),
) as { [N in EventName]: ReturnType<typeof eventFunction<N>> };
