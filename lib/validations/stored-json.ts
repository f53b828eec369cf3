import { z } from "zod";
import { categorySchema, type QuestionCategory } from "./enums";

/**
 * The JSON columns as they are read back (evaluations, session summaries). Rows written by older
 * versions or by hand may not match today's shape, so reading keeps what is valid and drops the
 * rest instead of trusting a cast.
 */

/** A list that keeps the elements matching `item` (anything but an array reads as empty). */
function listOf<T extends z.ZodType>(item: T) {
  return z.unknown().transform((value) =>
    Array.isArray(value)
      ? value.flatMap((v) => {
          const parsed = item.safeParse(v);
          return parsed.success ? [parsed.data] : [];
        })
      : [],
  );
}

export const stringListSchema = listOf(z.string());

/** How one expected point fared: covered or not, and where in the answer. */
export const pointEvidenceSchema = z.object({
  point: z.string(),
  covered: z.boolean(),
  /** 0..1 strength of the match. */
  score: z.number(),
  /** The answer's own words that cover the point, verbatim; null when missed. */
  quote: z.string().nullable(),
  /** Character offsets of `quote` in the answer text (end exclusive); null when missed. */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
});
export const evidenceListSchema = listOf(pointEvidenceSchema);

/** The STAR parts found in a behavioural answer (null when a part is missing). */
export const starBreakdownSchema = z.object({
  situation: z.string().nullable(),
  task: z.string().nullable(),
  action: z.string().nullable(),
  result: z.string().nullable(),
});
export const storedStarSchema = starBreakdownSchema.nullable().catch(null);

export const EVALUATION_FLAGS = [
  "copied_question",
  "keyword_salad",
  "gibberish",
  "non_answer",
  "off_topic",
  "prompt_injection",
  "too_short",
] as const;
export const flagListSchema = listOf(z.enum(EVALUATION_FLAGS));

/** session_summaries.category_performance: category → score, unknown categories dropped. */
export const categoryPerformanceSchema = z
  .record(z.string(), z.unknown())
  .catch({})
  .transform((value) => {
    const out: Partial<Record<QuestionCategory, number>> = {};
    for (const [key, score] of Object.entries(value)) {
      const category = categorySchema.safeParse(key);
      if (category.success && typeof score === "number" && Number.isFinite(score))
        out[category.data] = score;
    }
    return out;
  });

/** How sure the grader is of a score, 0–100, and why it is not sure. */
export const CONFIDENCE_LEVELS = ["low", "medium", "high"] as const;
export const confidenceReasonsSchema = listOf(z.string());

/** The other grader's verdict on a low-confidence score, and how far apart the two are. */
export const secondOpinionSchema = z
  .object({
    provider: z.string(),
    overallScore: z.number().int().min(0).max(100),
    /** |primary overall − second overall|, in points. */
    disagreement: z.number().int().min(0).max(100),
  })
  .nullable()
  .catch(null);
