import { env } from "@/lib/env";
import { MemoryStore } from "./memory-store";
import { NamespacedStore } from "./namespaced-store";
import { ResilientStore } from "./resilient-store";
import { SealedStore } from "./sealed-store";
import type * as RedisStoreModule from "./redis-store";
import type { CacheStore } from "./store";

export type { CacheStore } from "./store";

const globalForCache = globalThis as unknown as {
  __interviewMasterCache?: CacheStore;
  __interviewMasterRedis?: RedisStoreModule.RedisStore;
};

function createStore(): CacheStore {
  const { REDIS_URL, CACHE_PREFIX } = env();
  if (!REDIS_URL) return new MemoryStore();
  // Loaded on demand so the embedded setup never opens a socket.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RedisStore } = require("./redis-store") as typeof RedisStoreModule;
  const redis = new RedisStore(REDIS_URL);
  globalForCache.__interviewMasterRedis = redis;
  // Values are encrypted before they leave the process (lib/cache/sealed-store.ts).
  return new NamespacedStore(new SealedStore(new ResilientStore(redis)), CACHE_PREFIX);
}

/**
 * The cache's Redis connection when REDIS_URL is set, for libraries that speak to Redis
 * themselves (the rate limiters); closed with the cache. Keys must carry CACHE_PREFIX.
 */
export function sharedRedisClient(): RedisStoreModule.RedisStore["client"] | null {
  cache();
  return globalForCache.__interviewMasterRedis?.client ?? null;
}

/** The process-wide store (created on first use); keys are namespaced by CACHE_PREFIX. */
export function cache(): CacheStore {
  globalForCache.__interviewMasterCache ??= createStore();
  return globalForCache.__interviewMasterCache;
}

export async function closeCache(): Promise<void> {
  const store = globalForCache.__interviewMasterCache;
  globalForCache.__interviewMasterCache = undefined;
  globalForCache.__interviewMasterRedis = undefined;
  await store?.close();
}
