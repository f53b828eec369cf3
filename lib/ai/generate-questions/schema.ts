import { z } from "zod";
import { CATEGORIES, type QuestionCategory } from "@/lib/validations/enums";
import {
  EXPECTED_POINTS,
  TIME_LIMIT,
  expectedPointSchema,
  questionSchema,
} from "@/lib/validations/question";

// When a model leaves the time limit out.
const DEFAULT_TIME_LIMIT = 300;

/** "system design", "System-Design" → System_Design; unknown names → null. */
function toCategory(value: string): QuestionCategory | null {
  const wanted = value
    .trim()
    .replace(/[\s-]+/g, "_")
    .toLowerCase();
  return CATEGORIES.find((c) => c.toLowerCase() === wanted) ?? null;
}

/**
 * One generated question as the spec's prompt asks for it, tidied the way a model's reply
 * needs (loose category names, invalid points dropped, the time limit clamped) and then held to
 * the same schema as bank questions. Invalid questions are dropped one by one.
 */
export const generatedQuestionSchema = z
  .object({
    question_text: z.string(),
    category: z
      .string()
      .transform((c, ctx) => toCategory(c) ?? (ctx.addIssue("unknown category"), z.NEVER)),
    difficulty: z.string().optional(),
    expected_answer_points: z.array(z.unknown()).transform((items) =>
      items
        .map((p) => expectedPointSchema.safeParse(p))
        .flatMap((p) => (p.success ? [p.data] : []))
        .slice(0, EXPECTED_POINTS.max),
    ),
    time_limit_seconds: z
      .union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)])
      .optional()
      .transform((s) =>
        s === undefined
          ? DEFAULT_TIME_LIMIT
          : Math.min(TIME_LIMIT.max, Math.max(TIME_LIMIT.min, Math.round(s))),
      ),
  })
  .transform((q) => ({
    text: q.question_text,
    category: q.category,
    points: q.expected_answer_points,
    timeLimitSeconds: q.time_limit_seconds,
  }))
  .pipe(questionSchema);

/** The reply's shape: a non-empty `questions` list (its items are checked one by one). */
export const questionsReplySchema = z.object({ questions: z.array(z.unknown()).min(1) });
