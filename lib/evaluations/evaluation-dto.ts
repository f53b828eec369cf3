import type { Evaluation } from "@/lib/db/generated/client";
import {
  evidenceListSchema,
  flagListSchema,
  storedStarSchema,
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
    evaluated_at: e.evaluatedAt?.toISOString() ?? null,
  };
}
export type EvaluationDto = ReturnType<typeof toEvaluationDto>;
