import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { ErrorCode, FieldErrors } from "@/lib/errors";
import { normalizeError } from "@/lib/normalize-error";
import { ensureRequestContext, withRequestContext } from "@/lib/request-context";

/** What a server action tells the client about a failure: never a stack trace. */
interface ActionError {
  code: ErrorCode;
  message: string;
  /** Field name → messages (validation errors, or a conflict tied to one field). */
  fields?: FieldErrors;
}

/** The one return type of every server action. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

function isFieldErrors(value: unknown): value is FieldErrors {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((v) => Array.isArray(v) && v.every((m) => typeof m === "string"))
  );
}

/** What the client is told: the normalised error's code and message, and its field errors. */
function toActionError(error: unknown): ActionError {
  const normalized = normalizeError(error);
  const { code, message, details } = normalized;
  return code === "VALIDATION_ERROR" && isFieldErrors(details)
    ? { code, message, fields: details }
    : { code, message };
}

/** The request id proxy.ts gave this request, when the action runs inside one. */
async function incomingRequestId(): Promise<string | null> {
  try {
    return (await headers()).get("x-request-id");
  } catch {
    // Called outside a request (tests, scripts).
    return null;
  }
}

/**
 * Runs an action body and wraps its outcome. Next.js control flow (redirect, notFound) passes
 * through untouched; every other error becomes `{ ok: false, error }`.
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  const run = async (): Promise<ActionResult<T>> => {
    try {
      return { ok: true, data: await body() };
    } catch (error) {
      unstable_rethrow(error);
      return { ok: false, error: toActionError(error) };
    }
  };
  // One request id for the action's log lines (provider decisions, failures), as in the API:
  // the id the response carries (X-Request-Id), else a fresh one.
  const requestId = await incomingRequestId();
  return requestId ? withRequestContext({ requestId }, run) : ensureRequestContext("act", run);
}
