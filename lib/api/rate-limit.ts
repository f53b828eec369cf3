import { createHash } from "node:crypto";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { sharedRedisClient } from "@/lib/cache";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export interface RateLimitRule {
  /** Logical bucket, part of the counter's key. */
  name: string;
  limit: number;
  windowSeconds: number;
  /** Once the limit is hit the subject stays blocked this long (default: the rest of the window). */
  blockSeconds?: number;
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
  /** Sign-in attempts on one account (known or not), from all addresses together. */
  "auth:login:account": () => ({ limit: 30, windowSeconds: 15 * 60 }),
  /** Failed sign-ins of one account before it is locked; known and unknown emails alike. */
  "auth:lockout": () => ({ limit: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 }),
  "auth:register": () => ({ limit: 10, windowSeconds: 60 }),
  "auth:refresh": () => ({ limit: 30, windowSeconds: 60 }),
  // Each upload is stored and parsed in the background: far fewer than ordinary calls.
  "resume:upload": () => ({ limit: 10, windowSeconds: 60 }),
  // Each agent run reads the user's history and may call an LLM several times.
  "agent:run": () => ({ limit: 10, windowSeconds: 60 }),
  /** Password-reset and verification mails: per address, and per account (mailbox flooding). */
  "auth:mail": () => ({ limit: 10, windowSeconds: 15 * 60 }),
  "auth:mail:account": () => ({ limit: 3, windowSeconds: 15 * 60 }),
  "auth:verify:account": () => ({ limit: 3, windowSeconds: 15 * 60 }),
  /** Downloads of all one's data (a large read of every table), per user. */
  "user:export": () => ({ limit: 5, windowSeconds: 60 * 60 }),
  /** Signed-in password checks (change password, delete account), per user. */
  "auth:reauth": () => ({ limit: 10, windowSeconds: 15 * 60 }),
} satisfies Record<string, () => Omit<RateLimitRule, "name">>;

export type RateLimitName = keyof typeof RULES;

export function rateLimitRule(name: RateLimitName): RateLimitRule {
  return { name, ...RULES[name]() };
}

/** The per-account subject: a hash, so the shared store never holds an email address. */
export const accountSubject = (email: string): string =>
  `acct:${createHash("sha256").update(email.trim().toLowerCase()).digest("base64url").slice(0, 22)}`;

export interface RateLimitState {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

const globalForLimits = globalThis as unknown as {
  __interviewMasterLimiters?: Map<string, RateLimiterAbstract>;
};

type RedisClient = NonNullable<ReturnType<typeof sharedRedisClient>>;
const CONNECT_WAIT_MS = 2000;

/**
 * A process's first requests wait (once, up to 2 s) for the Redis connection, so they count in
 * the shared store rather than in this process's insurance limiter; during a later outage the
 * insurance answers at once.
 */
async function redisConnected(client: RedisClient | null): Promise<void> {
  if (!client || client.status === "ready" || !["connecting", "connect"].includes(client.status)) {
    return;
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CONNECT_WAIT_MS);
    client.once("ready", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The limiter of `rule`, once its store can answer. */
async function readyLimiter(rule: RateLimitRule): Promise<RateLimiterAbstract> {
  const limiter = limiterFor(rule);
  await redisConnected(sharedRedisClient());
  return limiter;
}

/**
 * One rate-limiter-flexible limiter per rule: on Redis when REDIS_URL is set (so a limit holds
 * across instances), with an in-process limiter as insurance while Redis is away; in process
 * otherwise. Rebuilt when the rule's numbers change (tests change RATE_LIMIT_PER_MINUTE).
 */
function limiterFor(rule: RateLimitRule): RateLimiterAbstract {
  const limiters = (globalForLimits.__interviewMasterLimiters ??= new Map<
    string,
    RateLimiterAbstract
  >());
  const redis = sharedRedisClient();
  const id = `${rule.name}:${rule.limit}:${rule.windowSeconds}:${rule.blockSeconds ?? 0}:${redis ? "redis" : "memory"}`;
  const existing = limiters.get(id);
  if (existing) return existing;
  const options = {
    keyPrefix: `${env().CACHE_PREFIX}ratelimit:${rule.name}`,
    points: rule.limit,
    duration: rule.windowSeconds,
    blockDuration: rule.blockSeconds ?? 0,
  };
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({
        ...options,
        storeClient: redis,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(options),
      })
    : new RateLimiterMemory(options);
  limiters.set(id, limiter);
  return limiter;
}

/** Tests: forget every limiter (and so every count kept in process). */
export function resetRateLimitsForTests(): void {
  globalForLimits.__interviewMasterLimiters = undefined;
}

const retrySeconds = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

function tooManyRequests(rule: RateLimitRule, res: RateLimiterRes): AppError {
  return new AppError("RATE_LIMIT_EXCEEDED", "Too many requests; slow down and retry later", {
    headers: {
      "Retry-After": String(retrySeconds(res)),
      "X-RateLimit-Limit": String(rule.limit),
      "X-RateLimit-Remaining": "0",
    },
  });
}

/**
 * Counts one request of `subject` against the named limit; throws 429 with Retry-After when it
 * is exceeded. A limiter store that fails outright lets the request through (logged): the limits
 * guard against abuse, they must not take the app down with Redis.
 */
export async function enforceRateLimit(
  name: RateLimitName,
  subject: string,
): Promise<RateLimitState> {
  const rule = rateLimitRule(name);
  try {
    const res = await (await readyLimiter(rule)).consume(subject, 1);
    return {
      limit: rule.limit,
      remaining: res.remainingPoints,
      resetSeconds: retrySeconds(res),
    };
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooManyRequests(rule, error);
    logger.warn("rate limiter unavailable", { rule: name, error: String(error) });
    return { limit: rule.limit, remaining: rule.limit, resetSeconds: rule.windowSeconds };
  }
}

/** When `subject` is blocked under a counting rule (e.g. the lockout), else null. */
export async function blockedUntil(name: RateLimitName, subject: string): Promise<Date | null> {
  const rule = rateLimitRule(name);
  const res = await (await readyLimiter(rule)).get(subject);
  if (!res || res.consumedPoints <= rule.limit) return null;
  return new Date(Date.now() + res.msBeforeNext);
}

/**
 * Counts one failure of `subject`; returns the end of the block when this failure reached the
 * limit (the limit-th failure blocks, as "5 failures lock the account" says), else null.
 */
export async function recordFailure(name: RateLimitName, subject: string): Promise<Date | null> {
  const rule = rateLimitRule(name);
  const limiter = await readyLimiter(rule);
  try {
    const res = await limiter.consume(subject, 1);
    if (res.remainingPoints > 0) return null;
    const blockSeconds = rule.blockSeconds ?? rule.windowSeconds;
    await limiter.block(subject, blockSeconds);
    return new Date(Date.now() + blockSeconds * 1000);
  } catch (error) {
    if (error instanceof RateLimiterRes) return new Date(Date.now() + error.msBeforeNext);
    throw error;
  }
}

/** Forgets the failures of `subject` (a successful sign-in). */
export async function clearFailures(name: RateLimitName, subject: string): Promise<void> {
  await (await readyLimiter(rateLimitRule(name))).delete(subject);
}
