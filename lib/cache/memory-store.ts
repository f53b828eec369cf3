import { LRUCache } from "lru-cache";
import type { CacheStore } from "./store";

/** In-process default with Redis's TTL semantics (expired keys read as absent). */
export class MemoryStore implements CacheStore {
  readonly kind = "memory" as const;
  private readonly lru: LRUCache<string, string>;

  constructor(maxEntries = 50_000) {
    this.lru = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false });
  }

  get(key: string): Promise<string | null> {
    return Promise.resolve(this.lru.get(key) ?? null);
  }

  set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.lru.set(key, value, { ttl: ttlSeconds * 1000 });
    return Promise.resolve();
  }

  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    if (this.lru.has(key)) return Promise.resolve(false);
    this.lru.set(key, value, { ttl: ttlSeconds * 1000 });
    return Promise.resolve(true);
  }

  del(...keys: string[]): Promise<void> {
    for (const key of keys) this.lru.delete(key);
    return Promise.resolve();
  }

  delPrefix(prefix: string): Promise<number> {
    let removed = 0;
    for (const key of [...this.lru.keys()]) {
      if (key.startsWith(prefix)) {
        this.lru.delete(key);
        removed++;
      }
    }
    return Promise.resolve(removed);
  }

  incr(key: string, ttlSeconds: number, by = 1): Promise<number> {
    const remaining = this.lru.getRemainingTTL(key);
    const current = Number(this.lru.get(key) ?? "0");
    const next = current + by;
    const ttl = this.lru.has(key) && remaining > 0 ? remaining : ttlSeconds * 1000;
    this.lru.set(key, String(next), { ttl });
    return Promise.resolve(next);
  }

  ttl(key: string): Promise<number> {
    if (!this.lru.has(key)) return Promise.resolve(-2);
    return Promise.resolve(Math.ceil(this.lru.getRemainingTTL(key) / 1000));
  }

  close(): Promise<void> {
    this.lru.clear();
    return Promise.resolve();
  }
}
