/** One cumulative bucket of a histogram: observations ≤ `le` (the last one is +Inf). */
export interface Bucket {
  le: number;
  count: number;
}

/**
 * The φ-quantile of a cumulative histogram, interpolated linearly inside the bucket it falls in
 * (Prometheus's histogram_quantile): null without observations; the highest finite bound when
 * it falls in the +Inf bucket.
 */
export function histogramQuantile(phi: number, buckets: readonly Bucket[]): number | null {
  const sorted = [...buckets].sort((a, b) => a.le - b.le);
  const total = sorted.at(-1)?.count ?? 0;
  if (total === 0) return null;
  const rank = phi * total;
  let lowerBound = 0;
  let lowerCount = 0;
  for (const b of sorted) {
    if (b.count >= rank) {
      if (!Number.isFinite(b.le)) return lowerBound;
      const inBucket = b.count - lowerCount;
      if (inBucket === 0) return b.le;
      return lowerBound + (b.le - lowerBound) * ((rank - lowerCount) / inBucket);
    }
    lowerBound = b.le;
    lowerCount = b.count;
  }
  return lowerBound;
}
