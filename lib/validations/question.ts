import { z } from "zod";
import { categorySchema } from "./enums";
import { charLength } from "./interview";

/**
 * What an interview question is, wherever it comes from: the built-in bank and LLM-generated
 * questions are both held to this schema (property 10 and the bank's rules).
 */
export const QUESTION_TEXT = { min: 10, max: 500 } as const;
export const EXPECTED_POINTS = { min: 3, max: 6, minChars: 15, maxChars: 300 } as const;
export const TIME_LIMIT = { min: 120, max: 600 } as const;

const between = (min: number, max: number) => (text: string) =>
  charLength(text) >= min && charLength(text) <= max;

export const questionTextSchema = z
  .string()
  .trim()
  .refine(
    between(QUESTION_TEXT.min, QUESTION_TEXT.max),
    `Question text must be ${QUESTION_TEXT.min}–${QUESTION_TEXT.max} characters`,
  );

/** One expected point: a self-contained statement a grader can check an answer against. */
export const expectedPointSchema = z
  .string()
  .trim()
  .refine(
    between(EXPECTED_POINTS.minChars, EXPECTED_POINTS.maxChars),
    `An expected point must be ${EXPECTED_POINTS.minChars}–${EXPECTED_POINTS.maxChars} characters`,
  );

const pointIdentity = (point: string) =>
  point
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export const expectedPointsSchema = z
  .array(expectedPointSchema)
  .min(EXPECTED_POINTS.min, `At least ${EXPECTED_POINTS.min} expected points`)
  .max(EXPECTED_POINTS.max, `At most ${EXPECTED_POINTS.max} expected points`)
  .refine(
    (points) => new Set(points.map(pointIdentity)).size === points.length,
    "Expected points must differ from one another",
  );

export const timeLimitSchema = z
  .number()
  .int("The time limit is whole seconds")
  .min(TIME_LIMIT.min, `The time limit is at least ${TIME_LIMIT.min} seconds`)
  .max(TIME_LIMIT.max, `The time limit is at most ${TIME_LIMIT.max} seconds`);

/** A question's content (its difficulty and role come from the request or the bank file). */
export const questionSchema = z.object({
  text: questionTextSchema,
  category: categorySchema,
  points: expectedPointsSchema,
  timeLimitSeconds: timeLimitSchema,
});
export type QuestionContent = z.infer<typeof questionSchema>;
