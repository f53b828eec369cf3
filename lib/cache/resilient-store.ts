import { logger } from "@/lib/logger";
import { MemoryStore } from "./memory-store";
import type { CacheStore } from "./store";

/**
 * Redis with graceful degradation: while Redis is unreachable, reads miss (callers fall back to
 * the database), writes are skipped, counters use an in-process store, and deletions that could
 * not reach Redis are replayed when it returns so no stale entry survives the outage.
 */
export class ResilientStore implements CacheStore {
  readonly kind = "redis" as const;
  private healthy = true;
  private readonly fallbackCounters = new MemoryStore(10_000);
  private readonly missedDeletes = new Set<string>();
  private readonly missedPrefixDeletes = new Set<string>();

  constructor(private readonly primary: CacheStore) {}

  get isHealthy(): boolean {
    return this.healthy;
  }

  private async attempt<T>(op: () => Promise<T>, onDown: () => Promise<T> | T): Promise<T> {
    try {
      // Deletions missed during an outage go first, so nothing stale is served once it is over.
      if (!this.healthy) await this.replayMissedDeletes();
      const value = await op();
      if (!this.healthy) {
        this.healthy = true;
        logger.info("redis available again");
      }
      return value;
    } catch (error) {
      if (this.healthy) {
        this.healthy = false;
        logger.warn("redis unavailable; serving without it until it returns", {
          error: (error as Error).message,
        });
      }
      return onDown();
    }
  }

  /** Throws while Redis is still away; forgets each deletion only once Redis has done it. */
  private async replayMissedDeletes(): Promise<void> {
    const keys = [...this.missedDeletes];
    if (keys.length > 0) {
      await this.primary.del(...keys);
      for (const k of keys) this.missedDeletes.delete(k);
    }
    for (const prefix of [...this.missedPrefixDeletes]) {
      await this.primary.delPrefix(prefix);
      this.missedPrefixDeletes.delete(prefix);
    }
  }

  get(key: string): Promise<string | null> {
    return this.attempt(
      () => this.primary.get(key),
      () => null,
    );
  }

  set(key: string, value: string, ttlSeconds: number): Promise<void> {
    return this.attempt(
      () => this.primary.set(key, value, ttlSeconds),
      () => undefined,
    );
  }

  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    return this.attempt(
      () => this.primary.setIfAbsent(key, value, ttlSeconds),
      () => this.fallbackCounters.setIfAbsent(key, value, ttlSeconds),
    );
  }

  del(...keys: string[]): Promise<void> {
    return this.attempt(
      () => this.primary.del(...keys),
      () => {
        for (const k of keys) this.missedDeletes.add(k);
      },
    );
  }

  delPrefix(prefix: string): Promise<number> {
    return this.attempt(
      () => this.primary.delPrefix(prefix),
      () => {
        this.missedPrefixDeletes.add(prefix);
        return 0;
      },
    );
  }

  incr(key: string, ttlSeconds: number, by = 1): Promise<number> {
    return this.attempt(
      () => this.primary.incr(key, ttlSeconds, by),
      () => this.fallbackCounters.incr(key, ttlSeconds, by),
    );
  }

  ttl(key: string): Promise<number> {
    return this.attempt(
      () => this.primary.ttl(key),
      () => this.fallbackCounters.ttl(key),
    );
  }

  close(): Promise<void> {
    return this.primary.close();
  }
}
