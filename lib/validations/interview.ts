import { SESSION_TIME_LIMIT_RANGE } from "@/lib/interviews/time-limit";
import { z } from "zod";
import { spokenAnswerSchema } from "./delivery";
import { categorySchema, difficultySchema } from "./enums";
import { idInputSchema } from "./id";
import { ANSWER_MAX, ANSWER_MIN, charLength } from "./answer-length";

export { ANSWER_MAX, ANSWER_MIN, charLength };

export const MAX_QUESTIONS = 20;

// Control characters other than tab and line breaks: pasted from editors and terminals, never
// meant as text, and NUL cannot be stored in a PostgreSQL text column at all.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
export const stripControlCharacters = (text: string): string =>
  text.replace(CONTROL_CHARACTERS, "");

export const roleSchema = z
  .string({ error: "Role is required" })
  .trim()
  .min(2, "Role must be at least 2 characters")
  .max(100, "Role must be at most 100 characters")
  .refine((v) => !/[\p{Cc}<>]/u.test(v), "Role contains invalid characters");

export const createInterviewSchema = z.object({
  role: roleSchema,
  difficulty: difficultySchema,
  question_count: z.coerce
    .number({ error: "question_count must be a number" })
    .int("question_count must be a whole number")
    .min(1, "At least 1 question")
    .max(MAX_QUESTIONS, `At most ${MAX_QUESTIONS} questions`),
  categories: z
    .array(categorySchema, { error: "categories must be a list" })
    .min(1, "Pick at least one category")
    .transform((list) => [...new Set(list)]),
  /** A tailored session: questions aimed at this resume's skills and experience … */
  resume_id: idInputSchema.nullish(),
  /** … and / or at this job's requirements and the resume's gaps against them. */
  job_description_id: idInputSchema.nullish(),
  /** One limit for every question: 0 = untimed practice; null or absent = each question's own. */
  time_limit_seconds: z.preprocess(
    (v) => (v === "" || v === "question" ? null : v),
    z
      .union([
        z.null(),
        z.coerce
          .number({ error: "time_limit_seconds must be a number of seconds" })
          .int("time_limit_seconds must be a whole number of seconds")
          .refine(
            (v) =>
              v === 0 || (v >= SESSION_TIME_LIMIT_RANGE.min && v <= SESSION_TIME_LIMIT_RANGE.max),
            `time_limit_seconds is 0 (untimed) or between ${SESSION_TIME_LIMIT_RANGE.min} and ${SESSION_TIME_LIMIT_RANGE.max}`,
          ),
      ])
      .optional(),
  ),
});
export type CreateInterviewInput = z.infer<typeof createInterviewSchema>;

/** Property 11: 10–5000 characters after trimming; 422 otherwise. */
export const answerTextSchema = z
  .string({ error: "answer_text is required" })
  .transform((v) => stripControlCharacters(v).trim())
  .refine((v) => charLength(v) >= ANSWER_MIN, `Answer must be at least ${ANSWER_MIN} characters`)
  .refine((v) => charLength(v) <= ANSWER_MAX, `Answer must be at most ${ANSWER_MAX} characters`);

export const submitAnswerSchema = z.object({
  question_id: idInputSchema,
  answer_text: answerTextSchema,
  /** Seconds the candidate spent; measured by the server when absent. */
  time_taken: z.coerce.number().int().min(0).max(86_400).optional(),
  /** Present when the answer was spoken: the transcript and timings, for delivery feedback. */
  spoken: spokenAnswerSchema.optional(),
});

export const saveDraftSchema = z.object({
  question_id: idInputSchema,
  draft_text: z
    .string()
    .max(ANSWER_MAX * 2, "Draft is too long")
    .transform(stripControlCharacters),
});

export const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(["in_progress", "completed", "abandoned"]).optional(),
});
