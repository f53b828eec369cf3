import { randomBytes } from "node:crypto";
import { parseInput } from "@/lib/validations/parse";
import { liveEventSchema, type LiveEvent, type LiveMessage } from "@/lib/validations/live";

/** A checked event with a unique, roughly time-ordered id (the SSE `id:` field). */
export function liveMessage(event: LiveEvent, now: Date = new Date()): LiveMessage {
  return {
    id: `${now.getTime().toString(36)}-${randomBytes(4).toString("hex")}`,
    at: now.toISOString(),
    // Publishers are our own code: a bad event is a bug, reported as a validation error.
    event: parseInput(liveEventSchema, event),
  };
}
