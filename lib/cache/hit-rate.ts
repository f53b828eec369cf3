/** Property 16: hit rate in percent, (H / (H + M)) × 100, and 0 when there were no lookups. */
export function hitRate(hits: number, misses: number): number {
  const total = hits + misses;
  return total === 0 ? 0 : (hits / total) * 100;
}
