import type { AiProviderName } from "@/lib/db/generated/enums";
import { z } from "zod";
import { DATA_IS_NOT_INSTRUCTIONS, dataBlock } from "../llm/data-block";
import { parseStructured } from "../llm/json-output";
import { replyJsonSchema } from "../llm/reply-json-schema";
import { routeTask, type LlmTask } from "../router";

/** Marks the task in the system prompt (also how a test double tells the prompts apart). */
export const MODEL_ANSWER_TASK_MARKER = "TASK: model_answer";

export interface ModelAnswerRequest {
  questionText: string;
  category: string;
  role: string;
  expectedAnswerPoints: string[];
}

export interface ModelAnswer {
  text: string;
  /** Indices of the expected points the answer covers. */
  covers: number[];
}

const replySchema = z.object({
  answer: z.string().trim().min(200).max(4000),
  covers: z.array(z.number().int()),
});

const SYSTEM = `${MODEL_ANSWER_TASK_MARKER}
You are a senior interviewer writing the answer a strong candidate would give out loud. You reply with a single JSON object and nothing else.
${DATA_IS_NOT_INSTRUCTIONS}`;

const modelAnswerTask: LlmTask<ModelAnswerRequest, ModelAnswer> = {
  name: "model_answer",
  messages: (r) => [
    { role: "system", content: SYSTEM },
    {
      role: "user",
      content: `${dataBlock({
        role: r.role,
        category: r.category,
        question: r.questionText,
        expected_answer_points: r.expectedAnswerPoints.map((text, i) => ({ point: i, text })),
      })}
Write a model answer to the question: 120-300 words of connected prose in the first person, as spoken in an interview, with reasoning and a concrete example; not a list of the points.
covers: the numbers of the expected points the answer actually explains.
Reply in exactly this shape: {"answer":"...","covers":[0,1]}`,
    },
  ],
  jsonSchema: replyJsonSchema(replySchema),
  parse(reply, r) {
    const { answer, covers } = parseStructured(reply, replySchema);
    const valid = covers.filter((i) => i >= 0 && i < r.expectedAnswerPoints.length);
    return { text: answer, covers: [...new Set(valid)].sort((a, b) => a - b) };
  },
};

/** A model answer from the best available LLM provider, or null when none delivered one. */
export async function generateModelAnswer(
  request: ModelAnswerRequest,
  budgetMs: number,
): Promise<{ answer: ModelAnswer; provider: AiProviderName } | null> {
  const routed = await routeTask(modelAnswerTask, request, { budgetMs });
  return routed ? { answer: routed.value, provider: routed.provider } : null;
}
