import type { Evaluation } from "@/lib/db/generated/client";
import type { PointEvidence, StarBreakdown } from "@/lib/ai/types";

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** An evaluation as the API returns it; scores are null until it has completed. */
export function toEvaluationDto(e: Evaluation) {
  return {
    evaluation_id: e.id,
    status: e.status,
    provider: e.provider,
    error: e.status === "failed" ? e.error : null,
    scores:
      e.status === "completed"
        ? {
            content_quality: e.contentQuality,
            clarity: e.clarity,
            confidence: e.confidence,
            technical_accuracy: e.technicalAccuracy,
            overall_score: e.overallScore,
          }
        : null,
    feedback: {
      strengths: list(e.strengths),
      improvements: list(e.improvements),
      suggestions: list(e.suggestions),
      example_answer: e.exampleAnswer,
    },
    evidence: (Array.isArray(e.evidence) ? e.evidence : []) as unknown as PointEvidence[],
    star: (e.star ?? null) as StarBreakdown | null,
    flags: list(e.flags),
    evaluated_at: e.evaluatedAt?.toISOString() ?? null,
  };
}
export type EvaluationDto = ReturnType<typeof toEvaluationDto>;
