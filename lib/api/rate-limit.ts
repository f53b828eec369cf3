import { cache } from "@/lib/cache";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export interface RateLimitRule {
  /** Logical bucket, part of the counter's key. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Every rate limit, by name: routes, server actions and the web sign-in all take theirs from
 * here, so one action has one budget whichever way it is reached.
 */
const RULES = {
  /** Any API call of a caller (per user when signed in, else per address). */
  api: () => ({ limit: env().RATE_LIMIT_PER_MINUTE, windowSeconds: 60 }),
  /** Sign-in, by the API or the web form, per address. */
  "auth:login": () => ({ limit: 20, windowSeconds: 60 }),
  "auth:register": () => ({ limit: 10, windowSeconds: 60 }),
  "auth:refresh": () => ({ limit: 30, windowSeconds: 60 }),
  // Each upload is stored and parsed in the background: far fewer than ordinary calls.
  "resume:upload": () => ({ limit: 10, windowSeconds: 60 }),
} satisfies Record<string, () => Omit<RateLimitRule, "name">>;

export type RateLimitName = keyof typeof RULES;

export function rateLimitRule(name: RateLimitName): RateLimitRule {
  return { name, ...RULES[name]() };
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
  name: RateLimitName,
  subject: string,
  now: number = Date.now(),
): Promise<RateLimitState> {
  const rule = rateLimitRule(name);
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
