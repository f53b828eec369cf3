import type { PointEvidence } from "@/lib/ai/types";

/** An overall score below this is explained on the summary ("did not address: …"). */
export const LOW_SCORE_BELOW = 60;

/** Why a score is low: the expected points the answer did not address (empty when it is not low). */
export function missedPoints(
  overallScore: number | null,
  evidence: readonly PointEvidence[],
): string[] {
  if (overallScore === null || overallScore >= LOW_SCORE_BELOW) return [];
  return evidence.filter((e) => !e.covered).map((e) => e.point);
}
