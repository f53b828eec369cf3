import { eventType } from "inngest";
import { z } from "zod";

// Event names follow `domain/noun.verb`; payloads are validated on both send and receive.
export const answerSubmitted = eventType("answer/submitted", {
  schema: z.object({ answer_id: z.number().int().positive() }),
});

export const sessionCompleted = eventType("session/completed", {
  schema: z.object({ session_id: z.number().int().positive() }),
});
