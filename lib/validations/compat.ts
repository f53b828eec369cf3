import { z } from "zod";
import { loginSchema, nameSchema, passwordSchema, registerSchema } from "./auth";
import { categorySchema, difficultySchema } from "./enums";
import { idInputSchema } from "./id";
import { answerTextSchema, roleSchema } from "./interview";

/**
 * Request bodies of the smaller design's contract (/api/auth/*, /api/interviews, /api/answers),
 * with its field names, built from the same rules as the /api/v1 schemas.
 */
export const compatRegisterSchema = z.object({
  username: nameSchema.describe("Display name (becomes the account's name)"),
  email: registerSchema.shape.email,
  password: passwordSchema,
});

export const compatLoginSchema = z.object({
  username: loginSchema.shape.email.describe("The account's email address"),
  password: loginSchema.shape.password,
});

// The smaller design allows 1–10 questions per interview.
export const COMPAT_MAX_QUESTIONS = 10;

export const compatInterviewSchema = z.object({
  role: roleSchema,
  num_questions: z.coerce
    .number({ error: "num_questions must be a number" })
    .int("num_questions must be a whole number")
    .min(1, "At least 1 question")
    .max(COMPAT_MAX_QUESTIONS, `At most ${COMPAT_MAX_QUESTIONS} questions`),
  difficulty: difficultySchema.default("Medium"),
  categories: z.array(categorySchema).min(1).default(["Technical", "Behavioral"]),
});

export const compatAnswerSchema = z.object({
  interview_id: idInputSchema,
  question_id: idInputSchema,
  answer_text: answerTextSchema,
});
