import { BrokenCircuitError, TaskCancelledError } from "cockatiel";

/** Why one provider attempt did not produce a usable result. */
export type FailureKind =
  | "timeout"
  | "rate_limited"
  | "server_error"
  | "client_error"
  | "network"
  | "malformed"
  | "schema"
  | "breaker_open"
  | "budget"
  | "rejected_input"
  | "unknown";

/**
 * Whether a failure speaks about the provider's health. The caller's budget running out, or the
 * provider refusing this particular input (an unreadable audio file), does not: counting them
 * would let one user's bad uploads open the breaker for everyone.
 */
export const isProviderFault = (kind: FailureKind): boolean =>
  kind !== "budget" && kind !== "rejected_input";

/** A failure we classified ourselves (bad output, exhausted budget). */
export class ProviderError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
    this.name = "ProviderError";
  }
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as { status?: unknown; status_code?: unknown; response?: { status?: unknown } };
  const status = e.status ?? e.status_code ?? e.response?.status;
  return typeof status === "number" ? status : undefined;
}

/** Maps whatever an SDK threw to one failure kind (for fallback, breaker and logs). */
export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof ProviderError) return error.kind;
  if (error instanceof TaskCancelledError) return "timeout";
  if (error instanceof BrokenCircuitError) return "breaker_open";
  const status = statusOf(error);
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (
    status === 429 ||
    /\b429\b|too many requests|rate.?limit|resource.?exhausted|quota/i.test(text)
  ) {
    return "rate_limited";
  }
  if (
    (status !== undefined && status >= 500) ||
    /\b5\d\d\b|internal server error|unavailable/i.test(text)
  ) {
    return "server_error";
  }
  if (status !== undefined && status >= 400) return "client_error";
  if (/abort|timed? ?out|timeout/i.test(text)) return "timeout";
  if (
    /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|fetch failed|socket|network|connection/i.test(text)
  ) {
    return "network";
  }
  if (/json|parse|unexpected token|output/i.test(text)) return "malformed";
  return "unknown";
}
