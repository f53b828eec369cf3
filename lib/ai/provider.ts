import type { AiProviderName } from "@/lib/db/generated/enums";
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

/** An evaluation together with the provider that produced it. */
export interface ProvidedEvaluation {
  result: EvaluationResult;
  provider: AiProviderName;
}
