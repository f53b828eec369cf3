/**
 * Words more frequent than this rank are everyday vocabulary ("first", "number", "important"):
 * they never match by embedding, and carry no content of their own in copy and precision checks.
 */
export const EVERYDAY_RANK = 1000;

/** Weight given to words the vector table does not know: rare, so informative (close to the rank-200k weight). */
const UNKNOWN_RANK = 200_000;

/**
 * IDF-like weight from corpus-frequency rank: under Zipf's law document frequency falls as 1/rank,
 * so log(rank) tracks inverse document frequency without needing a corpus of our own.
 */
export function weightOfRank(rank: number | null): number {
  const r = rank === null || rank < 0 ? UNKNOWN_RANK : Math.min(rank, UNKNOWN_RANK);
  return Math.log(r + 20) / Math.log(UNKNOWN_RANK + 20);
}
