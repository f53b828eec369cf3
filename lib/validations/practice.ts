import { z } from "zod";
import { MAX_QUESTIONS, answerTextSchema } from "./interview";
import { idInputSchema } from "./id";

/** Seconds the candidate spent on a follow-up or a retry (the client's figure; optional). */
const timeTakenSchema = z.coerce.number().int().min(0).max(86_400).optional();

/** POST /follow-ups/{id}/answer: the answer to a follow-up question. */
export const followUpAnswerSchema = z.object({
  answer_text: answerTextSchema,
  time_taken: timeTakenSchema,
});

/** POST /interviews/{id}/questions/{qid}/attempts: another attempt at an answered question. */
export const retryAttemptSchema = z.object({
  answer_text: answerTextSchema,
  time_taken: timeTakenSchema,
});

/** POST /review-queue: queue a question the caller has answered into their next review session. */
export const queueReviewSchema = z.object({ question_id: idInputSchema });

export const DEFAULT_REVIEW_QUESTIONS = 5;

/** POST /review-queue/sessions: a session made only of due review questions. */
export const startReviewSchema = z.object({
  question_count: z.coerce
    .number({ error: "question_count must be a number" })
    .int("question_count must be a whole number")
    .min(1, "At least 1 question")
    .max(MAX_QUESTIONS, `At most ${MAX_QUESTIONS} questions`)
    .default(DEFAULT_REVIEW_QUESTIONS),
});
