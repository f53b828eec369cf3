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

// What the contract answers (the `data` of the envelope), documented in the OpenAPI document.
const id = z.number().int().positive();
const tenthScore = z.number().min(0).max(10);

export const compatRegisterResponseSchema = z.object({ user_id: id, message: z.string() });

export const compatTokenResponseSchema = z.object({
  access_token: z.string(),
  token_type: z.literal("bearer"),
  expires_in: z.number().int().positive(),
  refresh_token: z.string(),
});

export const compatInterviewResponseSchema = z.object({
  interview_id: id,
  role: z.string(),
  created_at: z.iso.datetime(),
  questions: z.array(
    z.object({
      id,
      question_text: z.string().nullable().describe("null until the question is reached"),
      question_order: z.number().int().positive(),
    }),
  ),
});

export const compatInterviewListSchema = z.object({
  interviews: z.array(
    z.object({
      id,
      role: z.string(),
      status: z.string(),
      num_questions: z.number().int().positive(),
      created_at: z.iso.datetime(),
      overall_score: tenthScore.nullable(),
    }),
  ),
  pagination: z.object({
    page: z.number().int(),
    page_size: z.number().int(),
    total: z.number().int(),
    total_pages: z.number().int(),
  }),
});

export const compatSubmitResponseSchema = z.object({
  answer_id: id,
  status: z.literal("submitted"),
  message: z.string(),
});

export const compatEvaluationSchema = z.object({
  scores: z
    .object({
      correctness: tenthScore.nullable(),
      completeness: tenthScore.nullable(),
      quality: tenthScore.nullable(),
      communication: tenthScore.nullable(),
    })
    .nullable(),
  overall_score: tenthScore.nullable(),
  feedback: z.string(),
  suggestions: z.array(z.string()),
  evidence: z.array(z.unknown()).describe("Quoted evidence per expected point"),
  evaluated_at: z.string().nullable(),
  status: z.string(),
});

export const compatAnswerStatusSchema = z.object({
  answer_id: id,
  evaluation_status: z.string(),
  evaluation: compatEvaluationSchema.nullable(),
});

export const compatReportSchema = z.object({
  interview_id: id,
  role: z.string(),
  created_at: z.iso.datetime(),
  status: z.string(),
  questions: z.array(
    z.object({
      question_id: id,
      question_text: z.string(),
      answer: z
        .object({
          id,
          answer_text: z.string().nullable(),
          evaluation_status: z.string().nullable(),
          evaluation: compatEvaluationSchema.nullable(),
        })
        .nullable(),
    }),
  ),
  overall_score: tenthScore.nullable(),
});
