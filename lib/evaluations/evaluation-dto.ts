import type { Evaluation } from "@/lib/db/generated/client";
import { confidenceLevel } from "@/lib/ai/evaluate-answer/confidence";
import {
  confidenceReasonsSchema,
  evidenceListSchema,
  flagListSchema,
  storedStarSchema,
  secondOpinionSchema,
  stringListSchema,
} from "@/lib/validations/stored-json";
import { byKey } from "./criteria";

/** An evaluation as the API returns it; scores are null until it has completed. */
export function toEvaluationDto(e: Evaluation) {
  return {
    evaluation_id: e.id,
    status: e.status,
    provider: e.provider,
    error: e.status === "failed" ? e.error : null,
    scores: e.status === "completed" ? { ...byKey(e), overall_score: e.overallScore } : null,
    feedback: {
      strengths: stringListSchema.parse(e.strengths),
      improvements: stringListSchema.parse(e.improvements),
      suggestions: stringListSchema.parse(e.suggestions),
      example_answer: e.exampleAnswer,
    },
    evidence: evidenceListSchema.parse(e.evidence),
    star: storedStarSchema.parse(e.star),
    flags: flagListSchema.parse(e.flags),
    // How sure the grader is; null for rows graded before confidence was recorded.
    confidence:
      e.status === "completed" && e.graderConfidence !== null
        ? {
            score: e.graderConfidence,
            level: confidenceLevel(e.graderConfidence),
            reasons: confidenceReasonsSchema.parse(e.confidenceReasons),
          }
        : null,
    second_opinion: secondOpinionSchema.parse(e.secondOpinion),
    evaluated_at: e.evaluatedAt?.toISOString() ?? null,
  };
}
export type EvaluationDto = ReturnType<typeof toEvaluationDto>;
