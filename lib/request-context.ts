import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";

/** What log lines of one request or job carry, so provider decisions can be traced back. */
export interface RequestContext {
  requestId: string;
  answerId?: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with `context` visible to everything it awaits (API handlers, jobs). */
export function withRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function requestContext(): RequestContext | undefined {
  return storage.getStore();
}

/**
 * The current context, or a new one with a job-style id when there is none (server actions,
 * scripts), so every operation's log lines still share one id.
 */
export function ensureRequestContext<T>(prefix: string, fn: () => Promise<T>): Promise<T> {
  if (storage.getStore()) return fn();
  return storage.run({ requestId: `${prefix}_${randomBytes(6).toString("base64url")}` }, fn);
}

/** Fields for a structured log line: request id and, when known, answer id. */
export function contextFields(): Record<string, unknown> {
  const ctx = storage.getStore();
  if (!ctx) return {};
  return ctx.answerId === undefined
    ? { request_id: ctx.requestId }
    : { request_id: ctx.requestId, answer_id: ctx.answerId };
}
