import type { AiProviderName } from "@/lib/db/generated/enums";
import type { GraderConfidence } from "./evaluate-answer/confidence";
import type { EvaluationInput, EvaluationResult, QuestionDraft, QuestionRequest } from "./types";

/**
 * The built-in provider's contract: questions and evaluations straight from its own code. LLM
 * providers are chat models (lib/ai/providers) that the router (lib/ai/router) drives with the
 * task prompts in lib/ai/<task>/, falling back to this one.
 */
export interface AIProvider {
  readonly name: AiProviderName;
  generateQuestions(request: QuestionRequest): Promise<QuestionDraft[]>;
  evaluateAnswer(input: EvaluationInput): Promise<EvaluationResult>;
}

/** The other grader's overall score on a low-confidence evaluation. */
export interface SecondOpinion {
  provider: AiProviderName;
  overallScore: number;
  /** |primary overall − second overall|, in points. */
  disagreement: number;
}

/** An evaluation together with the provider that produced it and how sure that grade is. */
export interface ProvidedEvaluation {
  result: EvaluationResult;
  provider: AiProviderName;
  /** Absent only on results cached before confidence existed (recomputed on read). */
  confidence?: GraderConfidence;
  secondOpinion?: SecondOpinion | null;
}
