import { getAnswer } from "@/lib/answers/get-answer";
import { submitAnswer } from "@/lib/answers/submit-answer";
import type { AuditContext } from "@/lib/audit/log";
import { loginWithTokens } from "@/lib/auth/api-sessions";
import type { EvaluationDto } from "@/lib/evaluations/evaluation-dto";
import { createInterview } from "@/lib/interviews/create-interview";
import { getInterview } from "@/lib/interviews/get-interview";
import { listInterviews } from "@/lib/interviews/list-interviews";
import { getSessionSummary } from "@/lib/summaries/get-summary";
import { registerUser, sendWelcomeVerification } from "@/lib/users/register-user";
import type { z } from "zod";
import {
  compatAnswerSchema,
  type compatAnswerStatusSchema,
  type compatEvaluationSchema,
  type compatInterviewListSchema,
  type compatInterviewResponseSchema,
  compatInterviewSchema,
  compatLoginSchema,
  compatRegisterSchema,
  type compatRegisterResponseSchema,
  type compatReportSchema,
  type compatSubmitResponseSchema,
  type compatTokenResponseSchema,
} from "@/lib/validations/compat";
import { parseInput } from "@/lib/validations/parse";

/**
 * The smaller design's contract (POST /api/auth/register|login, /api/interviews, /api/answers,
 * GET /api/answers/{id}/status, /api/reports/{id}) over the same services as /api/v1: its field
 * names in, its shapes out, the same rules, envelope and errors.
 *
 * Its four 0–10 scores are ours ÷ 10 (ours are 0–100): correctness = technical accuracy,
 * completeness = content quality (coverage of the expected points), quality = clarity,
 * communication = confidence. The quoted evidence behind each score comes along.
 */
const tenth = (score: number | null | undefined) =>
  score === null || score === undefined ? null : Math.round(score) / 10;

export async function compatRegister(
  raw: unknown,
  audit: AuditContext,
  origin: string,
): Promise<z.output<typeof compatRegisterResponseSchema>> {
  const input = parseInput(compatRegisterSchema, raw);
  const user = await registerUser(
    { email: input.email, password: input.password, name: input.username },
    audit,
  );
  await sendWelcomeVerification(user.id, { ...audit, origin });
  return { user_id: user.id, message: "Account created; check your email to verify it." };
}

export async function compatLogin(
  raw: unknown,
  audit: AuditContext,
): Promise<z.output<typeof compatTokenResponseSchema>> {
  const input = parseInput(compatLoginSchema, raw);
  const tokens = await loginWithTokens({ email: input.username, password: input.password }, audit);
  return {
    access_token: tokens.access_token,
    token_type: "bearer" as const,
    expires_in: tokens.expires_in,
    refresh_token: tokens.refresh_token,
  };
}

/** Questions of a session as the smaller design names them (unreached ones' text stays hidden). */
async function interviewQuestions(userId: number, sessionId: number) {
  const view = await getInterview(userId, sessionId);
  return {
    view,
    questions: view.questions.map((q) => ({
      id: q.question_id,
      question_text: q.question_text,
      question_order: q.question_number,
    })),
  };
}

export async function compatCreateInterview(
  userId: number,
  raw: unknown,
): Promise<z.output<typeof compatInterviewResponseSchema>> {
  const input = parseInput(compatInterviewSchema, raw);
  const created = await createInterview(userId, {
    role: input.role,
    difficulty: input.difficulty,
    question_count: input.num_questions,
    categories: input.categories,
  });
  const { view, questions } = await interviewQuestions(userId, created.session_id);
  return {
    interview_id: view.session_id,
    role: view.role,
    created_at: new Date(view.start_time).toISOString(),
    questions,
  };
}

export async function compatListInterviews(
  userId: number,
  query: Record<string, string>,
): Promise<z.output<typeof compatInterviewListSchema>> {
  const { items, pagination } = await listInterviews(userId, query);
  return {
    interviews: items.map((s) => ({
      id: s.session_id,
      role: s.role,
      status: s.status,
      num_questions: s.total_questions,
      created_at: s.start_time,
      overall_score: tenth(s.overall_session_score),
    })),
    pagination,
  };
}

export async function compatSubmitAnswer(
  userId: number,
  raw: unknown,
): Promise<z.output<typeof compatSubmitResponseSchema>> {
  const input = parseInput(compatAnswerSchema, raw);
  const { response } = await submitAnswer(userId, input.interview_id, {
    question_id: input.question_id,
    answer_text: input.answer_text,
  });
  return {
    answer_id: response.answer_id,
    status: "submitted" as const,
    message: "Answer received; it is being evaluated.",
  };
}

function compatEvaluation(e: EvaluationDto | null): z.output<typeof compatEvaluationSchema> | null {
  if (!e) return null;
  const s = e.scores;
  const feedback = [
    e.feedback.strengths.length > 0 ? `Strengths: ${e.feedback.strengths.join(" ")}` : "",
    e.feedback.improvements.length > 0 ? `To improve: ${e.feedback.improvements.join(" ")}` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return {
    scores: s
      ? {
          correctness: tenth(s.technical_accuracy),
          completeness: tenth(s.content_quality),
          quality: tenth(s.clarity),
          communication: tenth(s.confidence),
        }
      : null,
    overall_score: tenth(s?.overall_score),
    feedback,
    suggestions: e.feedback.suggestions,
    evidence: e.evidence,
    evaluated_at: e.evaluated_at,
    status: e.status,
  };
}

export async function compatAnswerStatus(
  userId: number,
  answerId: number,
): Promise<z.output<typeof compatAnswerStatusSchema>> {
  const answer = await getAnswer(userId, answerId);
  return {
    answer_id: answer.answer_id,
    evaluation_status: answer.evaluation_status,
    evaluation:
      answer.evaluation?.status === "completed" ? compatEvaluation(answer.evaluation) : null,
  };
}

export async function compatReport(
  userId: number,
  sessionId: number,
): Promise<z.output<typeof compatReportSchema>> {
  const summary = await getSessionSummary(userId, sessionId);
  return {
    interview_id: summary.session_id,
    role: summary.role,
    created_at: summary.start_time,
    status: summary.status,
    questions: summary.questions.map((q) => ({
      question_id: q.question_id,
      question_text: q.question_text,
      answer:
        q.answer_id === null
          ? null
          : {
              id: q.answer_id,
              answer_text: q.answer_text,
              evaluation_status: q.evaluation_status,
              evaluation:
                q.evaluation?.status === "completed" ? compatEvaluation(q.evaluation) : null,
            },
    })),
    overall_score: tenth(summary.overall_session_score),
  };
}
