import { z } from "zod";
import { idSchema } from "@/lib/validations/id";

/**
 * Every background event: its name (`domain/noun.verb`) and payload schema. Payloads are checked
 * when sent and again when received, in-process and on Inngest alike (inngest/events.ts derives
 * its event types from this table). Who handles an event is lib/jobs/registry.ts's business:
 * sending one knows nothing of its consumers.
 */
export const EVENTS = {
  /** An answer was stored with a pending evaluation. */
  "interview/answer.submitted": z.object({ answer_id: idSchema }),
  /** The candidate asked to evaluate again an answer whose evaluation failed for good. */
  "interview/evaluation.retry-requested": z.object({ answer_id: idSchema }),
  /** A session is over and none of its evaluations is still in flight: finalise it. */
  "interview/session.completed": z.object({ session_id: idSchema }),
  /** A resume file was stored: read its text and analyse it (uploaded → … → ready / failed). */
  "resume/resume.uploaded": z.object({ resume_id: idSchema }),
  /** An agent run was queued (resume analysis, study plan, company coaching): run it. */
  "agent/run.requested": z.object({ execution_id: idSchema }),
} as const;

export type EventName = keyof typeof EVENTS;
export type EventData<N extends EventName> = z.output<(typeof EVENTS)[N]>;

export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];
