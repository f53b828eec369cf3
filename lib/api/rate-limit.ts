import { cache } from "@/lib/cache";
import { AppError } from "@/lib/errors";

export interface RateLimitRule {
  /** Logical bucket, e.g. "api" or "auth:login". */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

/**
 * Fixed-window counter in the shared cache (key `ratelimit:{subject}:{name}:{window}` as in the
 * spec), so the limit holds across instances. Throws 429 with Retry-After when exceeded.
 */
export async function enforceRateLimit(
  rule: RateLimitRule,
  subject: string,
  now: number = Date.now(),
): Promise<RateLimitState> {
  const windowStart = Math.floor(now / 1000 / rule.windowSeconds);
  const key = `ratelimit:${subject}:${rule.name}:${windowStart}`;
  const count = await cache().incr(key, rule.windowSeconds + 1);
  const resetSeconds = Math.max(1, (windowStart + 1) * rule.windowSeconds - Math.floor(now / 1000));
  const state = { limit: rule.limit, remaining: Math.max(0, rule.limit - count), resetSeconds };
  if (count > rule.limit) {
    throw new AppError("RATE_LIMIT_EXCEEDED", "Too many requests; slow down and retry later", {
      headers: {
        "Retry-After": String(resetSeconds),
        "X-RateLimit-Limit": String(rule.limit),
        "X-RateLimit-Remaining": "0",
      },
    });
  }
  return state;
}
