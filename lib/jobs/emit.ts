import { inngest } from "@/inngest/client";
import { answerSubmitted, sessionCompleted } from "@/inngest/events";
import { isInngestConfigured } from "@/lib/env";
import { logger } from "@/lib/logger";
import { inProcessQueue } from "./in-process-queue";

// The bodies Inngest functions run, for running them in-process. Imported lazily: the services
// themselves emit events, and a static import would make a cycle.
const localHandlers = {
  "answer/submitted": async (data: { answer_id: number }) => {
    const { evaluateAnswerById } = await import("@/lib/evaluations/run-evaluation");
    await evaluateAnswerById(data.answer_id);
  },
  "session/completed": async (data: { session_id: number }) => {
    const { finalizeSession } = await import("@/lib/summaries/finalize-session");
    await finalizeSession(data.session_id);
  },
};
export type EventName = keyof typeof localHandlers;
type EventData<N extends EventName> = Parameters<(typeof localHandlers)[N]>[0];

const eventTypes = { "answer/submitted": answerSubmitted, "session/completed": sessionCompleted };

/**
 * Sends an event to Inngest when configured, else runs its handler in-process after the caller
 * returns. If Inngest cannot be reached the work still happens in-process; handlers are
 * idempotent, so a duplicate delivery is harmless.
 */
export async function emit<N extends EventName>(name: N, data: EventData<N>): Promise<void> {
  if (isInngestConfigured()) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await inngest.send((eventTypes[name] as any).create(data));
      return;
    } catch (error) {
      logger.warn("inngest send failed; running in-process", { event: name, error: String(error) });
    }
  }
  inProcessQueue().enqueue(name, () => localHandlers[name](data as never), {
    key: `${name}:${JSON.stringify(data)}`,
  });
}
