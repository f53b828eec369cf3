// zod/mini: the same schema language, a fraction of the size. The browser parses every pushed
// message with this schema, and full zod (≈ 32 KB gzipped) cost each page a long task to load.
import { z } from "zod/mini";
import { AgentType, EvaluationStatus, ResumeStatus } from "@/lib/db/generated/enums";

/** Status changes pushed to a user's open pages (server-sent events); one schema for the
 * publishers (jobs, services), the bus (messages from Redis are checked again) and the client. */

const id = z.number().check(z.int(), z.positive());

export const liveEventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("evaluation.updated"),
    answerId: id,
    sessionId: id,
    status: z.enum(EvaluationStatus),
    /** The overall score once completed. */
    overallScore: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(100)))),
  }),
  z.object({
    type: z.literal("followup.ready"),
    sessionId: id,
    answerId: id,
  }),
  z.object({
    type: z.literal("resume.status"),
    resumeId: id,
    status: z.enum(ResumeStatus),
  }),
  z.object({
    type: z.literal("agent.status"),
    agentType: z.enum(AgentType),
    status: z.enum(["queued", "running", "completed", "failed"]),
    executionId: z.optional(id),
  }),
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;
export type LiveEventType = LiveEvent["type"];

/** One published event as it travels: a unique id (the SSE `id:`), when, and what. */
export const liveMessageSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  at: z.iso.datetime(),
  event: liveEventSchema,
});
export type LiveMessage = z.infer<typeof liveMessageSchema>;
