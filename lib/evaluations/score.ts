import { CRITERIA, type CriteriaScores } from "./criteria";

/** Spec property 12: overall = round(0.4·content + 0.2·clarity + 0.2·confidence + 0.2·technical). */
export function overallScore(s: CriteriaScores): number {
  // Integer tenths avoid 0.1-style float error before rounding (e.g. 72.5 stays exact).
  const tenths = CRITERIA.reduce((sum, c) => sum + Math.round(c.weight * 10) * s[c.field], 0);
  return Math.round(tenths / 10);
}

export function clampScore(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}
