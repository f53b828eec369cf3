import { unstable_rethrow } from "next/navigation";
import {
  isAppError,
  isDependencyUnavailable,
  type ErrorCode,
  type FieldErrors,
} from "@/lib/errors";
import { logger } from "@/lib/logger";
import { ensureRequestContext } from "@/lib/request-context";

/** What a server action tells the client about a failure: never a stack trace. */
export interface ActionError {
  code: ErrorCode;
  message: string;
  /** Field name → messages (validation errors, or a conflict tied to one field). */
  fields?: FieldErrors;
}

/** The one return type of every server action. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export const INTERNAL_MESSAGE = "Something went wrong on our side. Please try again.";
const UNAVAILABLE_MESSAGE = "The service is temporarily unavailable. Please try again shortly.";

function isFieldErrors(value: unknown): value is FieldErrors {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((v) => Array.isArray(v) && v.every((m) => typeof m === "string"))
  );
}

/** AppError → its code, message and field errors; anything else → a logged, generic 500. */
export function toActionError(error: unknown): ActionError {
  if (isAppError(error)) {
    const fields =
      error.code === "VALIDATION_ERROR" && isFieldErrors(error.details) ? error.details : undefined;
    return fields
      ? { code: error.code, message: error.message, fields }
      : { code: error.code, message: error.message };
  }
  if (isDependencyUnavailable(error)) {
    logger.error("server action: dependency unavailable", { error: String(error) });
    return { code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE_MESSAGE };
  }
  logger.error("server action failed", {
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return { code: "INTERNAL_ERROR", message: INTERNAL_MESSAGE };
}

/**
 * Runs an action body and wraps its outcome. Next.js control flow (redirect, notFound) passes
 * through untouched; every other error becomes `{ ok: false, error }`.
 */
export function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  // One request id for the action's log lines (provider decisions, failures), as in the API.
  return ensureRequestContext("act", async () => {
    try {
      return { ok: true, data: await body() };
    } catch (error) {
      unstable_rethrow(error);
      return { ok: false, error: toActionError(error) };
    }
  });
}
