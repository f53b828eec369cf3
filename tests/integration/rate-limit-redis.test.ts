/**
 * The limits on Redis (REDIS_URL): one budget across instances, and the in-process insurance
 * while Redis is away. Runs when a Redis is available to the tests (IM_TEST_REDIS_URL).
 */
import { randomUUID } from "node:crypto";
import {
  blockedUntil,
  enforceRateLimit,
  rateLimitRule,
  recordFailure,
  resetRateLimitsForTests,
} from "@/lib/api/rate-limit";
import { closeCache } from "@/lib/cache";
import { resetEnvForTests } from "@/lib/env";

const redisUrl = process.env.IM_TEST_REDIS_URL;
const describeRedis = redisUrl ? describe : describe.skip;

describeRedis("rate limits on Redis", () => {
  beforeAll(async () => {
    process.env.REDIS_URL = redisUrl;
    process.env.CACHE_PREFIX = `imtest:${randomUUID()}:`;
    resetEnvForTests();
    await closeCache();
    resetRateLimitsForTests();
  });
  afterAll(async () => {
    delete process.env.REDIS_URL;
    resetEnvForTests();
    await closeCache();
    resetRateLimitsForTests();
  });

  it("share one budget between instances (a fresh limiter sees the count)", async () => {
    const subject = `ip:${randomUUID()}`;
    const { limit } = rateLimitRule("auth:login");
    for (let i = 0; i < limit - 1; i++) await enforceRateLimit("auth:login", subject);
    // Another instance: no in-process state at all, only Redis.
    resetRateLimitsForTests();
    await enforceRateLimit("auth:login", subject);
    await expect(enforceRateLimit("auth:login", subject)).rejects.toMatchObject({
      code: "RATE_LIMIT_EXCEEDED",
      headers: { "Retry-After": expect.stringMatching(/^\d+$/) },
    });
  });

  it("keep a lockout across instances", async () => {
    const subject = `acct:${randomUUID()}`;
    for (let i = 0; i < 4; i++) expect(await recordFailure("auth:lockout", subject)).toBeNull();
    expect(await recordFailure("auth:lockout", subject)).toBeInstanceOf(Date);
    resetRateLimitsForTests();
    const until = await blockedUntil("auth:lockout", subject);
    expect(until!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });
});
