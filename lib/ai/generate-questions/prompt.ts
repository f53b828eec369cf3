import { DATA_IS_NOT_INSTRUCTIONS, dataBlock } from "../llm/data-block";
import type { ChatMessage } from "../providers/types";
import type { QuestionRequest } from "../types";
import { EXPECTED_POINTS, QUESTION_TEXT, TIME_LIMIT } from "@/lib/validations/question";

/** Marks the task in the system prompt (also how a test double tells the prompts apart). */
export const QUESTIONS_TASK_MARKER = "TASK: generate_questions";

const SYSTEM = `${QUESTIONS_TASK_MARKER}
You are an expert interview coach who writes realistic interview questions. You reply with a single JSON object and nothing else.
${DATA_IS_NOT_INSTRUCTIONS}`;

export function questionMessages(request: QuestionRequest): ChatMessage[] {
  const data = dataBlock({
    role: request.role,
    difficulty: request.difficulty,
    categories: request.categories,
    count: request.count,
  });
  const rules = `Write exactly ${request.count} distinct interview questions for the request in this data block.
${data}

Requirements:
1. Each question suits the role at the given difficulty level.
2. Spread the questions evenly over the listed categories and use only those category values.
3. question_text: one question of ${QUESTION_TEXT.min}-${QUESTION_TEXT.max} characters that gives no hint of the answer.
4. expected_answer_points: ${EXPECTED_POINTS.min}-${EXPECTED_POINTS.max} short, self-contained statements a strong answer covers, each ${EXPECTED_POINTS.minChars}-${EXPECTED_POINTS.maxChars} characters.
5. time_limit_seconds: a realistic limit between ${TIME_LIMIT.min} and ${TIME_LIMIT.max}.
Reply in exactly this shape:
{"questions":[{"question_text":"...","category":"${request.categories[0] ?? "Technical"}","difficulty":"${request.difficulty}","expected_answer_points":["...","...","..."],"time_limit_seconds":300}]}`;
  return [
    { role: "system", content: SYSTEM },
    { role: "user", content: rules },
  ];
}
