import type { AiProviderName } from "@/lib/db/generated/enums";
import { routeTask } from "../router";
import type { QuestionDraft, QuestionRequest } from "../types";
import { questionsTask } from "./task";

/**
 * Questions from the best available LLM provider within `budgetMs`, or null when none is
 * configured or none delivered in time (the caller then serves the database and built-in bank).
 */
export async function generateQuestions(
  request: QuestionRequest,
  budgetMs: number,
): Promise<{ drafts: QuestionDraft[]; provider: AiProviderName } | null> {
  const routed = await routeTask(questionsTask, request, { budgetMs });
  return routed ? { drafts: routed.value, provider: routed.provider } : null;
}
