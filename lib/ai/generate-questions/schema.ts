import { z } from "zod";
import { charLength } from "@/lib/validations/interview";
import { CATEGORIES, type QuestionCategory } from "@/lib/validations/enums";

/** Property 10: question texts are 10–500 characters. */
export const QUESTION_TEXT = { min: 10, max: 500 } as const;
export const POINTS = { min: 3, max: 6, maxChars: 300 } as const;
export const TIME_LIMIT = { min: 120, max: 600, fallback: 300 } as const;

/** "system design", "System-Design" → System_Design; unknown names → null. */
export function toCategory(value: string): QuestionCategory | null {
  const wanted = value
    .trim()
    .replace(/[\s-]+/g, "_")
    .toLowerCase();
  return CATEGORIES.find((c) => c.toLowerCase() === wanted) ?? null;
}

/** One generated question as the spec's prompt asks for it; invalid ones are dropped one by one. */
export const generatedQuestionSchema = z.object({
  question_text: z
    .string()
    .trim()
    .refine((t) => charLength(t) >= QUESTION_TEXT.min && charLength(t) <= QUESTION_TEXT.max),
  category: z
    .string()
    .transform((c, ctx) => toCategory(c) ?? (ctx.addIssue("unknown category"), z.NEVER)),
  difficulty: z.string().optional(),
  expected_answer_points: z
    .array(z.unknown())
    .transform((items) =>
      items
        .filter((p): p is string => typeof p === "string")
        .map((p) => p.trim())
        .filter((p) => p.length > 0 && p.length <= POINTS.maxChars)
        .slice(0, POINTS.max),
    )
    .refine((points) => points.length >= POINTS.min),
  time_limit_seconds: z
    .union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)])
    .optional()
    .transform((s) =>
      s === undefined
        ? TIME_LIMIT.fallback
        : Math.min(TIME_LIMIT.max, Math.max(TIME_LIMIT.min, Math.round(s))),
    ),
});

/** The reply's shape: a non-empty `questions` list (its items are checked one by one). */
export const questionsReplySchema = z.object({ questions: z.array(z.unknown()).min(1) });
