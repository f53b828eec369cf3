import type { CacheLayer } from "@/lib/db/generated/enums";
import { recordCacheLookup } from "@/lib/metrics/record";

export interface LayerCounts {
  hits: number;
  misses: number;
}

// Per-process counters since the last flush into cache_metadata.
const counts = new Map<CacheLayer, LayerCounts>();

export function recordLookup(layer: CacheLayer, hit: boolean): void {
  recordCacheLookup(layer, hit);
  const c = counts.get(layer) ?? { hits: 0, misses: 0 };
  if (hit) c.hits++;
  else c.misses++;
  counts.set(layer, c);
}

/** Returns and resets the counters (the flusher adds them to today's cache_metadata row). */
export function drainLayerCounts(): Map<CacheLayer, LayerCounts> {
  const out = new Map([...counts].map(([layer, c]) => [layer, { ...c }]));
  counts.clear();
  return out;
}

/** Puts drained counts back (a flush that could not reach the database). */
export function restoreLayerCounts(drained: ReadonlyMap<CacheLayer, LayerCounts>): void {
  for (const [layer, c] of drained) {
    const current = counts.get(layer) ?? { hits: 0, misses: 0 };
    counts.set(layer, { hits: current.hits + c.hits, misses: current.misses + c.misses });
  }
}

export function peekLayerCounts(): ReadonlyMap<CacheLayer, LayerCounts> {
  return counts;
}
