import { z } from "zod";
import { perCriterion } from "@/lib/evaluations/criteria";

// Models write numbers as "85" now and then; anything that is not a number is still rejected.
const numeric = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);
const score = numeric.pipe(z.number().min(0).max(100)).transform(Math.round);
const text = z.string().trim();
const textList = z
  .array(z.unknown())
  .transform((items) =>
    items.filter((i): i is string => typeof i === "string" && i.trim() !== "").map((i) => i.trim()),
  );
const flag = z.union([
  z.boolean(),
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(["true", "false", "yes", "no"]))
    .transform((v) => v === "true" || v === "yes"),
]);

/** Per expected point: covered or not, with the answer's own words as the quote. */
const pointVerdictSchema = z.object({
  point: numeric.pipe(z.number().int().min(1)),
  covered: flag,
  quote: z.string().nullish(),
});

/**
 * The reply of the evaluation prompt: the spec's four scores and feedback, plus evidence. An
 * `overall_score` may come along and is ignored: the overall is always our formula's.
 */
export const evaluationReplySchema = z.object({
  evidence: z.array(pointVerdictSchema).default([]),
  scores: z.object(perCriterion(() => score)),
  feedback: z
    .object({
      strengths: textList.default([]),
      improvements: textList.default([]),
      suggestions: textList.default([]),
      example_answer: text.nullish(),
    })
    .default({ strengths: [], improvements: [], suggestions: [], example_answer: null }),
});

export type EvaluationReply = z.output<typeof evaluationReplySchema>;
export type PointVerdict = z.output<typeof pointVerdictSchema>;
