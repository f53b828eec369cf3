/** Key/value store with TTLs: Redis when REDIS_URL is set, else an in-process LRU. */
export interface CacheStore {
  readonly kind: "redis" | "memory";
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Sets only when absent; true when this call set it. */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  del(...keys: string[]): Promise<void>;
  /** Deletes every key starting with `prefix` (used by invalidation). */
  delPrefix(prefix: string): Promise<number>;
  /** Atomically adds `by`; the TTL is set when the key is created and kept afterwards. */
  incr(key: string, ttlSeconds: number, by?: number): Promise<number>;
  ttl(key: string): Promise<number>;
  close(): Promise<void>;
}
