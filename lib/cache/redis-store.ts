import Redis from "ioredis";
import type { CacheStore } from "./store";

// INCRBY that sets the TTL only when the key is new, in one round trip.
const INCR_WITH_TTL = `
local v = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return v`;

const CONNECT_TIMEOUT_MS = 2000;

export class RedisStore implements CacheStore {
  readonly kind = "redis" as const;
  readonly client: Redis;
  // Settles once the first connection is up, or after the connect timeout, whichever is first.
  private readonly started: Promise<void>;

  constructor(url: string) {
    this.client = new Redis(url, {
      // Fail fast while Redis is away; callers fall back instead of queueing commands.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
      connectTimeout: CONNECT_TIMEOUT_MS,
      lazyConnect: false,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    // Errors surface through the failed commands; an unhandled 'error' event would crash.
    this.client.on("error", () => {});
    this.started = new Promise((resolve) => {
      const timer = setTimeout(resolve, CONNECT_TIMEOUT_MS);
      timer.unref();
      this.client.once("ready", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Commands sent while the process is still connecting wait for it (once), rather than fail
   * and send a fresh process into degraded mode; during a later outage they fail at once. */
  private async ready(): Promise<Redis> {
    await this.started;
    return this.client;
  }

  async get(key: string): Promise<string | null> {
    return (await this.ready()).get(key);
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await (await this.ready()).set(key, value, "EX", Math.max(1, Math.round(ttlSeconds)));
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    const ok = await (
      await this.ready()
    ).set(key, value, "EX", Math.max(1, Math.round(ttlSeconds)), "NX");
    return ok === "OK";
  }

  async del(...keys: string[]): Promise<void> {
    if (keys.length > 0) await (await this.ready()).del(...keys);
  }

  async delPrefix(prefix: string): Promise<number> {
    await this.ready();
    let cursor = "0";
    let removed = 0;
    do {
      const [next, keys] = await this.client.scan(
        cursor,
        "MATCH",
        `${escapeGlob(prefix)}*`,
        "COUNT",
        500,
      );
      cursor = next;
      if (keys.length > 0) removed += await this.client.unlink(...keys);
    } while (cursor !== "0");
    return removed;
  }

  async incr(key: string, ttlSeconds: number, by = 1): Promise<number> {
    const value = await (
      await this.ready()
    ).eval(INCR_WITH_TTL, 1, key, by, Math.max(1, Math.round(ttlSeconds)));
    return Number(value);
  }

  async ttl(key: string): Promise<number> {
    return (await this.ready()).ttl(key);
  }

  close(): Promise<void> {
    this.client.disconnect();
    return Promise.resolve();
  }
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}
