/** Spec "select_provider": score = health·0.4 + quota remaining·0.3 + response time·0.3. */
const SCORE_WEIGHTS = { health: 0.4, quota: 0.3, latency: 0.3 } as const;

/** Latency that scores 0 (the spec normalises by 10 s). */
export const LATENCY_SCALE_MS = 10_000;

export interface ProviderSignals {
  /** 0..1: recent success rate, halved while the breaker is half-open. */
  health: number;
  /** 0..1: share of the current quota window still unused (1 without a quota). */
  quotaRemaining: number;
  /** Recent average latency; null before the first call. */
  latencyMs: number | null;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export function latencyScore(latencyMs: number | null): number {
  return latencyMs === null ? 1 : clamp01(1 - latencyMs / LATENCY_SCALE_MS);
}

export function providerScore(s: ProviderSignals): number {
  return (
    SCORE_WEIGHTS.health * clamp01(s.health) +
    SCORE_WEIGHTS.quota * clamp01(s.quotaRemaining) +
    SCORE_WEIGHTS.latency * latencyScore(s.latencyMs)
  );
}

export interface RankInput<N extends string> {
  name: N;
  priority: number;
  signals: ProviderSignals;
  /** False while the breaker is open or the quota is used up: such a provider is skipped. */
  available: boolean;
}

/**
 * Scores this close count as equal, so that noise (30 ms of latency, one request of a large
 * quota) does not reorder providers and the configured priority decides instead.
 */
export const SCORE_STEP = 0.05;
const step = (score: number) => Math.round(score / SCORE_STEP);

/** Available providers, best score first; the configured priority breaks ties. */
export function rankProviders<N extends string>(
  candidates: readonly RankInput<N>[],
): Array<RankInput<N> & { score: number }> {
  return candidates
    .filter((c) => c.available)
    .map((c) => ({ ...c, score: providerScore(c.signals) }))
    .sort((a, b) => step(b.score) - step(a.score) || a.priority - b.priority);
}
