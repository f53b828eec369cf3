import type { CacheLayer } from "@/lib/db/generated/enums";
import { recordLookup } from "./counters";
import { cache } from "./index";
import { maybeFlushCacheMetrics } from "./metrics";

export { drainLayerCounts, peekLayerCounts } from "./counters";

const DAY = 24 * 60 * 60;

/** The spec's four cache layers and their TTLs. */
export const LAYER_TTL_SECONDS: Record<CacheLayer, number> = {
  L1_Questions: 30 * DAY,
  L2_Evaluations: 7 * DAY,
  L3_Sessions: 2 * 60 * 60,
  L4_User_Prefs: DAY,
};

export interface Codec<T> {
  encode(value: T): string;
  decode(text: string): T;
}

const jsonCodec = <T>(): Codec<T> => ({
  encode: (v) => JSON.stringify(v),
  decode: (t) => JSON.parse(t) as T,
});

function count(layer: CacheLayer, hit: boolean): void {
  recordLookup(layer, hit);
  maybeFlushCacheMetrics();
}

/** One counted lookup in a layer: the decoded value, or null on a miss or a corrupt entry. */
export async function cachedGet<T>(
  layer: CacheLayer,
  key: string,
  codec: Codec<T> = jsonCodec<T>(),
): Promise<T | null> {
  const hit = await cache().get(key);
  if (hit !== null) {
    try {
      const value = codec.decode(hit);
      count(layer, true);
      return value;
    } catch {
      await cache().del(key);
    }
  }
  count(layer, false);
  return null;
}

/** Stores a value with its layer's TTL. */
export async function cachedSet<T>(
  layer: CacheLayer,
  key: string,
  value: T,
  codec: Codec<T> = jsonCodec<T>(),
): Promise<void> {
  await cache().set(key, codec.encode(value), LAYER_TTL_SECONDS[layer]);
}

/**
 * Read-through lookup in one layer: a hit is decoded and counted; on a miss `load` runs and a
 * non-null result is stored with the layer's TTL. A corrupt entry counts as a miss.
 */
export async function readThrough<T>(
  layer: CacheLayer,
  key: string,
  load: () => Promise<T | null>,
  codec: Codec<T> = jsonCodec<T>(),
): Promise<T | null> {
  const cached = await cachedGet(layer, key, codec);
  if (cached !== null) return cached;
  const value = await load();
  if (value !== null) await cachedSet(layer, key, value, codec);
  return value;
}

interface Versioned {
  v: string;
  data: string;
}

/**
 * Read-through for data that writers change: an entry is valid only while the key's version
 * counter (bumped by `bumpVersion`) still has the value read before loading, so a load that
 * raced a write can never be served after that write.
 */
export async function versionedReadThrough<T>(
  layer: CacheLayer,
  key: string,
  versionKey: string,
  load: () => Promise<T | null>,
  codec: Codec<T> = jsonCodec<T>(),
): Promise<T | null> {
  const [version, raw] = await Promise.all([cache().get(versionKey), cache().get(key)]);
  const v = version ?? "0";
  if (raw !== null) {
    try {
      const entry = JSON.parse(raw) as Versioned;
      if (entry.v === v) {
        const value = codec.decode(entry.data);
        count(layer, true);
        return value;
      }
    } catch {
      // Corrupt: treated as a miss and overwritten below.
    }
  }
  count(layer, false);
  const value = await load();
  if (value !== null) {
    const entry: Versioned = { v, data: codec.encode(value) };
    await cache().set(key, JSON.stringify(entry), LAYER_TTL_SECONDS[layer]);
  }
  return value;
}

/** Invalidates a versioned entry: bumps its version and drops it (the drop is replayed by the
 * Redis wrapper if Redis is away, so no stale entry survives an outage). */
export async function bumpVersion(
  layer: CacheLayer,
  key: string,
  versionKey: string,
): Promise<void> {
  // Outlives any entry set under the previous version, so an expired counter cannot revive one.
  await cache().incr(versionKey, LAYER_TTL_SECONDS[layer] * 2);
  await cache().del(key);
}
