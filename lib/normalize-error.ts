import { AppError, isAppError, isDependencyUnavailable } from "./errors";
import { logger } from "./logger";
import { contextFields } from "./request-context";

const INTERNAL_MESSAGE = "Something went wrong on our side. Please try again.";
const UNAVAILABLE_MESSAGE = "The service is temporarily unavailable. Please try again shortly.";

/**
 * Any failure of a route handler or a server action as the AppError the caller is shown: an
 * AppError as it is, a database or network fault as a retryable 503, anything else as a generic
 * 500. The cause goes to the log (with the request id), never to the caller.
 */
export function normalizeError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (isDependencyUnavailable(error)) {
    logger.error("dependency unavailable", { ...contextFields(), error: String(error) });
    return new AppError("SERVICE_UNAVAILABLE", UNAVAILABLE_MESSAGE, {
      headers: { "Retry-After": "5" },
    });
  }
  logger.error("unhandled error", {
    ...contextFields(),
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return new AppError("INTERNAL_ERROR", INTERNAL_MESSAGE);
}
