import type { CriteriaScores } from "@/lib/ai/types";

/** Spec property 12: overall = round(0.4·content + 0.2·clarity + 0.2·confidence + 0.2·technical). */
export function overallScore(s: CriteriaScores): number {
  // Integer arithmetic avoids 0.1-style float error before rounding (e.g. 72.5 stays exact).
  const tenths = 4 * s.contentQuality + 2 * s.clarity + 2 * s.confidence + 2 * s.technicalAccuracy;
  return Math.round(tenths / 10);
}

export function clampScore(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}
