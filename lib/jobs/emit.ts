import { inngest } from "@/inngest/client";
import { inngestEvents } from "@/inngest/events";
import { isInngestConfigured } from "@/lib/env";
import { logger } from "@/lib/logger";
import { EVENTS, type EventData, type EventName } from "./events";
import { localRunner } from "./local-runner";

/**
 * Sends an event: to Inngest when configured, else to this process's runner, which handles it
 * after the caller returns. If Inngest cannot be reached the work still happens in-process;
 * handlers are idempotent, so a duplicate delivery is harmless. Knows nothing of the handlers.
 */
export async function emit<N extends EventName>(name: N, data: EventData<N>): Promise<void> {
  const payload = EVENTS[name].parse(data);
  if (isInngestConfigured()) {
    try {
      const event = inngestEvents[name] as { create: (data: unknown) => { name: string } };
      await inngest.send(event.create(payload));
      return;
    } catch (error) {
      logger.warn("inngest send failed; running in-process", { event: name, error: String(error) });
    }
  }
  const runner = localRunner();
  // Without a runner (an entry point that never installed one) the recovery sweeps pick it up.
  if (runner) runner(name, payload);
  else logger.error("no in-process job runner installed; event left to recovery", { event: name });
}
