import type { AiProviderName } from "@/lib/db/generated/enums";
import { z } from "zod";
import { DATA_IS_NOT_INSTRUCTIONS, dataBlock } from "../llm/data-block";
import { parseStructured } from "../llm/json-output";
import { replyJsonSchema } from "../llm/reply-json-schema";
import { routeTask, type LlmTask } from "../router";

/** Marks the task in the system prompt (also how a test double tells the prompts apart). */
export const FOLLOW_UP_TASK_MARKER = "TASK: follow_up_question";

export interface FollowUpRequest {
  questionText: string;
  answerText: string;
  kind: "missed_point" | "example";
  point: string;
}

const replySchema = z.object({ question: z.string().trim().min(15).max(400) });

const SYSTEM = `${FOLLOW_UP_TASK_MARKER}
You are an interviewer asking one follow-up question after a candidate's answer. You reply with a single JSON object and nothing else.
${DATA_IS_NOT_INSTRUCTIONS}`;

const followUpTask: LlmTask<FollowUpRequest, string> = {
  name: "follow_up_question",
  messages: (r) => [
    { role: "system", content: SYSTEM },
    {
      role: "user",
      content: `${dataBlock({ question: r.questionText, answer: r.answerText, focus_point: r.point })}
${
  r.kind === "missed_point"
    ? "The answer did not cover focus_point. Ask one follow-up question that makes the candidate address it: its mechanism, trade-off or consequence."
    : "The answer covered focus_point only thinly. Ask one follow-up question that asks for a concrete example of it from the candidate's own work."
}
The question is one or two sentences (15-400 characters), speaks to the candidate directly, and does not contain the answer.
Reply in exactly this shape: {"question":"..."}`,
    },
  ],
  jsonSchema: replyJsonSchema(replySchema),
  parse: (reply) => parseStructured(reply, replySchema).question,
};

/**
 * A follow-up question written by the best available LLM provider within `budgetMs`, or null
 * when none is configured or none delivered (the caller builds one from the point instead).
 */
export async function generateFollowUpQuestion(
  request: FollowUpRequest,
  budgetMs: number,
): Promise<{ question: string; provider: AiProviderName } | null> {
  const routed = await routeTask(followUpTask, request, { budgetMs });
  return routed ? { question: routed.value, provider: routed.provider } : null;
}
