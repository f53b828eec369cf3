import { eventType, type EventType } from "inngest";
import { EVENTS, type EventName } from "@/lib/jobs/events";

/**
 * Inngest's event types: one per entry of lib/jobs/events.ts, with the same name and schema (the
 * annotation makes a missing or mismatched entry a type error).
 */
export const inngestEvents: { [N in EventName]: EventType<N, (typeof EVENTS)[N]> } = {
  "interview/answer.submitted": eventType("interview/answer.submitted", {
    schema: EVENTS["interview/answer.submitted"],
  }),
  "interview/evaluation.retry-requested": eventType("interview/evaluation.retry-requested", {
    schema: EVENTS["interview/evaluation.retry-requested"],
  }),
  "interview/session.completed": eventType("interview/session.completed", {
    schema: EVENTS["interview/session.completed"],
  }),
  "resume/resume.uploaded": eventType("resume/resume.uploaded", {
    schema: EVENTS["resume/resume.uploaded"],
  }),
  "agent/run.requested": eventType("agent/run.requested", {
    schema: EVENTS["agent/run.requested"],
  }),
};
