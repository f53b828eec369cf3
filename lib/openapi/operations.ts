import type { z } from "zod";
import {
  adminQuestionListSchema,
  adminUserListSchema,
  auditLogQuerySchema,
  deleteUserSchema,
  featureFlagSchema,
  questionEditSchema,
  retireQuestionSchema,
  setRoleSchema,
  suspendUserSchema,
  unsuspendUserSchema,
  userStatusSchema,
} from "@/lib/validations/admin";
import { leaderboardQuerySchema, performanceQuerySchema } from "@/lib/validations/analytics";
import { ownActivityQuerySchema } from "@/lib/validations/audit";
import {
  changePasswordSchema,
  emailVerificationSchema,
  loginSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  refreshSchema,
  registerSchema,
} from "@/lib/validations/auth";
import {
  browseCommunitySchema,
  moderateSchema,
  moderationQueueSchema,
  practiseCompanySchema,
  reportSchema,
  submitCommunityQuestionSchema,
  voteSchema,
} from "@/lib/validations/community";
import {
  compatAnswerSchema,
  compatAnswerStatusSchema,
  compatInterviewListSchema,
  compatInterviewResponseSchema,
  compatInterviewSchema,
  compatLoginSchema,
  compatRegisterResponseSchema,
  compatRegisterSchema,
  compatReportSchema,
  compatSubmitResponseSchema,
  compatTokenResponseSchema,
} from "@/lib/validations/compat";
import {
  createInterviewSchema,
  listQuerySchema,
  saveDraftSchema,
  submitAnswerSchema,
} from "@/lib/validations/interview";
import { jobDescriptionInputSchema, jobMatchQuerySchema } from "@/lib/validations/job-description";
import {
  followUpAnswerSchema,
  queueReviewSchema,
  retryAttemptSchema,
  startReviewSchema,
} from "@/lib/validations/practice";
import { updateProfileSchema } from "@/lib/validations/profile";
import {
  agentExecutionsQuerySchema,
  companyCoachingRequestSchema,
  resumeAnalysisRequestSchema,
  studyPlanRequestSchema,
  studyTaskTickSchema,
} from "@/lib/validations/agents";
import { transcriptionFieldsSchema } from "@/lib/validations/transcription";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Who may call: anyone (per-address limits), a Bearer token, an admin's token, or token or web session. */
export type Access = "public" | "bearer" | "admin" | "bearer_or_session";

export interface Operation {
  summary: string;
  tag: string;
  access: Access;
  /** The JSON body's schema, or a multipart upload (its file field and text fields). */
  body?: z.ZodType | { multipart: { file: string; fields?: z.ZodType } };
  query?: z.ZodObject;
  /** Success status (200 unless said). */
  status?: number;
  /** The envelope's `data` on success, where a schema describes it. */
  response?: z.ZodType;
  /** The success response's media type when it is not the JSON envelope. */
  produces?: string;
}

type Paths = Record<string, Partial<Record<HttpMethod, Operation>>>;

// Bodies the services read without a schema of their own in lib/validations.
const logoutSchema = refreshSchema.partial();
const questionPatchSchema = questionEditSchema
  .partial()
  .extend(retireQuestionSchema.partial().shape);

/**
 * Every operation of the REST API, by path template (OpenAPI `{param}` form). The OpenAPI
 * document, the docs page and the latency metrics' route label all come from this table, and a
 * test fails when a route module under app/api has no entry here (or the other way round).
 */
export const API_PATHS: Paths = {
  "/api/v1/openapi.json": {
    GET: {
      tag: "Meta",
      access: "public",
      summary: "This OpenAPI 3.1 document (readable at /docs/api)",
      produces: "application/json",
    },
  },

  // Accounts and tokens
  "/api/v1/auth/register": {
    POST: {
      tag: "Auth",
      access: "public",
      summary: "Create an account",
      body: registerSchema,
      status: 201,
    },
  },
  "/api/v1/auth/login": {
    POST: {
      tag: "Auth",
      access: "public",
      summary: "Exchange credentials for an access and a refresh token",
      body: loginSchema,
    },
  },
  "/api/v1/auth/refresh": {
    POST: {
      tag: "Auth",
      access: "public",
      summary: "Rotate the refresh token, get a new access token",
      body: refreshSchema,
    },
  },
  "/api/v1/auth/logout": {
    POST: {
      tag: "Auth",
      access: "bearer",
      summary: "End this device's session (refresh token family and access token)",
      body: logoutSchema,
    },
  },
  "/api/v1/auth/logout-all": {
    POST: {
      tag: "Auth",
      access: "bearer",
      summary: "End every session of the caller, web sessions included",
    },
  },
  "/api/v1/auth/password-reset": {
    POST: {
      tag: "Auth",
      access: "public",
      summary: "Mail a reset link (the same answer whether or not the account exists)",
      body: passwordResetRequestSchema,
    },
  },
  "/api/v1/auth/password-reset/confirm": {
    POST: {
      tag: "Auth",
      access: "public",
      summary: "Set a new password with the mailed token",
      body: passwordResetSchema,
    },
  },
  "/api/v1/auth/verify-email": {
    POST: {
      tag: "Auth",
      access: "public",
      summary: "Confirm the email address with the mailed token",
      body: emailVerificationSchema,
    },
  },
  "/api/v1/users/me": {
    GET: { tag: "Users", access: "bearer", summary: "The caller's profile" },
    PUT: {
      tag: "Users",
      access: "bearer",
      summary: "Update the caller's profile",
      body: updateProfileSchema,
    },
    DELETE: {
      tag: "Users",
      access: "bearer",
      summary: "Delete the caller's account and all its data",
    },
  },
  "/api/v1/users/me/export": {
    GET: {
      tag: "Users",
      access: "bearer_or_session",
      summary: "Everything stored about the caller, as one JSON download (5 per hour)",
      produces: "application/json",
    },
  },
  "/api/v1/users/me/password": {
    PUT: {
      tag: "Users",
      access: "bearer",
      summary: "Change the password (ends every session)",
      body: changePasswordSchema,
    },
  },
  "/api/v1/users/me/activity": {
    GET: {
      tag: "Users",
      access: "bearer",
      summary: "The caller's sign-in history and account events, newest first",
      query: ownActivityQuerySchema,
    },
  },
  "/api/v1/users/me/verification": {
    POST: { tag: "Users", access: "bearer", summary: "Mail a new email-verification link" },
  },

  // Interview sessions
  "/api/v1/interviews": {
    GET: {
      tag: "Interviews",
      access: "bearer",
      summary: "The caller's sessions, newest first",
      query: listQuerySchema,
    },
    POST: {
      tag: "Interviews",
      access: "bearer",
      summary: "Start a session; returns its first question",
      body: createInterviewSchema,
      status: 201,
    },
  },
  "/api/v1/interviews/{id}": {
    GET: {
      tag: "Interviews",
      access: "bearer",
      summary: "A session with its progress and current question",
    },
  },
  "/api/v1/interviews/{id}/answers": {
    POST: {
      tag: "Interviews",
      access: "bearer",
      summary: "Submit the current question's answer (evaluated in the background)",
      body: submitAnswerSchema,
      status: 201,
    },
  },
  "/api/v1/interviews/{id}/drafts": {
    PUT: {
      tag: "Interviews",
      access: "bearer",
      summary: "Auto-save the draft of the current answer",
      body: saveDraftSchema,
    },
  },
  "/api/v1/interviews/{id}/complete": {
    POST: {
      tag: "Interviews",
      access: "bearer",
      summary: "Finish early (unreached questions are left out)",
    },
  },
  "/api/v1/interviews/{id}/abandon": {
    POST: {
      tag: "Interviews",
      access: "bearer",
      summary: "Give the session up (no summary, score or streak)",
    },
  },
  "/api/v1/interviews/{id}/summary": {
    GET: {
      tag: "Interviews",
      access: "bearer",
      summary: "Scores, strengths, improvements and per-question feedback",
    },
  },
  "/api/v1/interviews/{id}/summary/pdf": {
    GET: {
      tag: "Interviews",
      access: "bearer_or_session",
      summary: "The session summary as a PDF download",
      produces: "application/pdf",
    },
  },
  "/api/v1/interviews/{id}/questions/{qid}": {
    GET: {
      tag: "Interviews",
      access: "bearer",
      summary: "One question of the session (starts its clock)",
    },
  },
  "/api/v1/interviews/{id}/questions/{qid}/skip": {
    POST: { tag: "Interviews", access: "bearer", summary: "Move on without answering (scores 0)" },
  },
  "/api/v1/interviews/{id}/questions/{qid}/attempts": {
    POST: {
      tag: "Practice",
      access: "bearer",
      summary: "Retry an answered question after the session's end",
      body: retryAttemptSchema,
      status: 201,
    },
  },
  "/api/v1/answers/{id}": {
    GET: {
      tag: "Answers",
      access: "bearer",
      summary: "An answer with its evaluation status and evaluation",
    },
  },
  "/api/v1/answers/{id}/retry": {
    POST: { tag: "Answers", access: "bearer", summary: "Re-run an evaluation that failed" },
  },
  "/api/v1/answers/{id}/follow-up": {
    POST: {
      tag: "Practice",
      access: "bearer",
      summary: "The one follow-up of an evaluated answer (201 new, 200 existing)",
      status: 201,
    },
  },
  "/api/v1/follow-ups/{id}": {
    GET: {
      tag: "Practice",
      access: "bearer",
      summary: "The follow-up question, its answer and evaluation",
    },
  },
  "/api/v1/follow-ups/{id}/answer": {
    POST: {
      tag: "Practice",
      access: "bearer",
      summary: "Answer the follow-up (evaluated in the background)",
      body: followUpAnswerSchema,
      status: 201,
    },
  },
  "/api/v1/review-queue": {
    GET: {
      tag: "Practice",
      access: "bearer",
      summary: "Weak questions on their spaced schedule, with how many are due",
    },
    POST: {
      tag: "Practice",
      access: "bearer",
      summary: "Queue an answered question into the next review session",
      body: queueReviewSchema,
      status: 201,
    },
  },
  "/api/v1/review-queue/sessions": {
    POST: {
      tag: "Practice",
      access: "bearer",
      summary: "Start a session made only of due review questions",
      body: startReviewSchema,
      status: 201,
    },
  },
  "/api/v1/transcriptions": {
    POST: {
      tag: "Answers",
      access: "bearer_or_session",
      summary:
        "A spoken answer's recording to text (the audio is kept only when the user opted in: recording_id)",
      body: { multipart: { file: "audio", fields: transcriptionFieldsSchema } },
    },
  },
  "/api/v1/recordings/{id}": {
    DELETE: {
      tag: "Answers",
      access: "bearer_or_session",
      summary: "Delete one's own kept recording and its file",
    },
  },
  "/api/v1/recordings/{id}/audio": {
    GET: {
      tag: "Answers",
      access: "bearer_or_session",
      summary:
        "A kept recording's audio, for its owner only (Range requests: 206, or 416 past the end)",
      produces: "audio/*",
    },
  },

  // Progress
  "/api/v1/analytics/dashboard": {
    GET: {
      tag: "Analytics",
      access: "bearer",
      summary: "Overview, weekly trend, categories, criteria, areas, recommendations, streak",
    },
  },
  "/api/v1/analytics/performance": {
    GET: {
      tag: "Analytics",
      access: "bearer",
      summary: "Performance per category, difficulty and criterion",
      query: performanceQuerySchema,
    },
  },
  "/api/v1/analytics/comparison": {
    GET: {
      tag: "Analytics",
      access: "bearer",
      summary: "Percentile among users with the same target role (aggregates only)",
    },
  },
  "/api/v1/achievements": {
    GET: {
      tag: "Gamification",
      access: "bearer",
      summary: "Every badge, earned (with date) or locked (with progress)",
    },
  },
  "/api/v1/streaks": {
    GET: {
      tag: "Gamification",
      access: "bearer",
      summary: "Current and longest streak, in the user's time zone",
    },
  },
  "/api/v1/leaderboard": {
    GET: {
      tag: "Gamification",
      access: "bearer",
      summary: "Ranks with anonymous names, and the caller's rank",
      query: leaderboardQuerySchema,
    },
  },
  "/api/v1/feature-flags": {
    GET: { tag: "Users", access: "bearer", summary: "Each feature flag's value for the caller" },
  },

  // Resumes and jobs
  "/api/v1/resumes": {
    GET: {
      tag: "Resumes",
      access: "bearer",
      summary: "The caller's resume versions, primary first",
    },
    POST: {
      tag: "Resumes",
      access: "bearer",
      summary: "Upload a PDF or DOCX (analysed in the background)",
      body: { multipart: { file: "file" } },
      status: 201,
    },
  },
  "/api/v1/resumes/{id}": {
    GET: { tag: "Resumes", access: "bearer", summary: "Status, and the analysis once ready" },
    DELETE: {
      tag: "Resumes",
      access: "bearer",
      summary: "Remove the version, its analysis and its file",
    },
  },
  "/api/v1/resumes/{id}/primary": {
    POST: { tag: "Resumes", access: "bearer", summary: "Make this version the primary resume" },
  },
  "/api/v1/resumes/{id}/analyze": {
    POST: {
      tag: "Agents",
      access: "bearer",
      summary:
        "Resume analysis agent: inventory, progression, gaps against a role or job, 30/60/90-day roadmap (202: queued; a recent analysis for the same target is returned unless refresh)",
      body: resumeAnalysisRequestSchema,
      status: 202,
    },
  },
  "/api/v1/agents/study-plan": {
    GET: {
      tag: "Agents",
      access: "bearer",
      summary: "The current study plan with its daily tasks and ticks (404 before the first)",
    },
    POST: {
      tag: "Agents",
      access: "bearer",
      summary: "Study plan agent: daily tasks from weak categories, gaps and reviews (202: queued)",
      body: studyPlanRequestSchema,
      status: 202,
    },
  },
  "/api/v1/agents/study-plan/tasks/{taskId}": {
    PATCH: {
      tag: "Agents",
      access: "bearer",
      summary: "Tick or untick a study-plan task",
      body: studyTaskTickSchema,
    },
  },
  "/api/v1/agents/company-coaching": {
    POST: {
      tag: "Agents",
      access: "bearer",
      summary:
        "Company coaching agent: question patterns, STAR coaching on own answers, story bank (202: queued)",
      body: companyCoachingRequestSchema,
      status: 202,
    },
  },
  "/api/v1/agents/executions": {
    GET: {
      tag: "Agents",
      access: "bearer",
      summary: "The caller's agent runs, newest first",
      query: agentExecutionsQuerySchema,
    },
  },
  "/api/v1/agents/executions/{id}": {
    GET: {
      tag: "Agents",
      access: "bearer",
      summary: "One agent run: status, provider, steps and tool calls with timings, output",
    },
  },
  "/api/v1/resumes/{id}/retry": {
    POST: {
      tag: "Resumes",
      access: "bearer",
      summary: "Run the analysis again (failed, or stalled)",
    },
  },
  "/api/v1/job-descriptions": {
    GET: { tag: "Jobs", access: "bearer", summary: "The caller's job descriptions, newest first" },
    POST: {
      tag: "Jobs",
      access: "bearer",
      summary: "Save a job description with its required and nice-to-have skills",
      body: jobDescriptionInputSchema,
      status: 201,
    },
  },
  "/api/v1/job-descriptions/{id}": {
    GET: { tag: "Jobs", access: "bearer", summary: "The text and its requirements" },
    DELETE: { tag: "Jobs", access: "bearer", summary: "Delete a job description" },
  },
  "/api/v1/job-descriptions/{id}/match": {
    GET: {
      tag: "Jobs",
      access: "bearer",
      summary: "Covered, transferable and missing skills against a resume, and a score",
      query: jobMatchQuerySchema,
    },
  },

  // Community
  "/api/v1/community/questions": {
    GET: {
      tag: "Community",
      access: "bearer",
      summary: "Approved community questions",
      query: browseCommunitySchema,
    },
    POST: {
      tag: "Community",
      access: "bearer",
      summary: "Submit a question you were asked (moderated)",
      body: submitCommunityQuestionSchema,
      status: 201,
    },
  },
  "/api/v1/community/questions/{id}/vote": {
    PUT: {
      tag: "Community",
      access: "bearer",
      summary: "Up, down or no vote (one per user)",
      body: voteSchema,
    },
  },
  "/api/v1/community/questions/{id}/confirm": {
    POST: { tag: "Community", access: "bearer", summary: '"I was asked this too" (idempotent)' },
  },
  "/api/v1/community/questions/{id}/report": {
    POST: {
      tag: "Community",
      access: "bearer",
      summary: "Report a question (once per user)",
      body: reportSchema,
      status: 201,
    },
  },
  "/api/v1/community/companies": {
    GET: {
      tag: "Community",
      access: "bearer",
      summary: "Companies with approved questions, and their roles",
    },
  },
  "/api/v1/community/sessions": {
    POST: {
      tag: "Community",
      access: "bearer",
      summary: "Start a session of a company's community questions",
      body: practiseCompanySchema,
      status: 201,
    },
  },

  // Administration
  "/api/v1/admin/users": {
    GET: {
      tag: "Admin",
      access: "admin",
      summary: "Search, filter, sort and page the accounts",
      query: adminUserListSchema,
    },
  },
  "/api/v1/admin/users/{id}": {
    GET: {
      tag: "Admin",
      access: "admin",
      summary: "An account, its sessions, sign-ins, usage and recent events",
    },
    DELETE: {
      tag: "Admin",
      access: "admin",
      summary: "Erase an account as its own deletion does (sessions ended first)",
      body: deleteUserSchema,
    },
  },
  "/api/v1/admin/users/{id}/status": {
    PUT: {
      tag: "Admin",
      access: "admin",
      summary: "Suspend (ends every session) or reinstate",
      body: userStatusSchema,
    },
  },
  "/api/v1/admin/users/{id}/suspend": {
    POST: {
      tag: "Admin",
      access: "admin",
      summary: "Suspend with a reason; the user is refused at once",
      body: suspendUserSchema,
    },
  },
  "/api/v1/admin/users/{id}/unsuspend": {
    POST: {
      tag: "Admin",
      access: "admin",
      summary: "Reinstate a suspended user",
      body: unsuspendUserSchema,
    },
  },
  "/api/v1/admin/users/{id}/role": {
    PUT: {
      tag: "Admin",
      access: "admin",
      summary: "Grant or revoke the admin role",
      body: setRoleSchema,
    },
  },
  "/api/v1/admin/audit-logs": {
    GET: {
      tag: "Admin",
      access: "admin",
      summary: "The audit log, filtered",
      query: auditLogQuerySchema,
    },
  },
  "/api/v1/admin/ai-status": {
    GET: {
      tag: "Admin",
      access: "admin",
      summary: "AI providers (health, breaker, quota, score), usage and cost",
    },
  },
  "/api/v1/admin/questions": {
    GET: {
      tag: "Admin",
      access: "admin",
      summary: "Search the question bank",
      query: adminQuestionListSchema,
    },
  },
  "/api/v1/admin/questions/{id}": {
    GET: { tag: "Admin", access: "admin", summary: "One bank question with its usage" },
    PATCH: {
      tag: "Admin",
      access: "admin",
      summary: "Edit a question, or retire or restore it",
      body: questionPatchSchema,
    },
  },
  "/api/v1/admin/feature-flags": {
    GET: {
      tag: "Admin",
      access: "admin",
      summary: "Every flag with its rollout, allow-list and kill switch",
    },
    PUT: {
      tag: "Admin",
      access: "admin",
      summary: "Create or change a flag (live, no restart)",
      body: featureFlagSchema,
    },
  },
  "/api/v1/admin/feature-flags/{name}": {
    DELETE: {
      tag: "Admin",
      access: "admin",
      summary: "Remove a flag's settings (a known flag falls back to its default)",
    },
  },
  "/api/v1/admin/community-questions": {
    GET: {
      tag: "Admin",
      access: "admin",
      summary: "The moderation queue",
      query: moderationQueueSchema,
    },
  },
  "/api/v1/admin/community-questions/{id}": {
    PUT: {
      tag: "Admin",
      access: "admin",
      summary: "Approve, reject or flag a community question",
      body: moderateSchema,
    },
  },

  // The smaller design's contract, as adapters over the same services.
  "/api/auth/register": {
    POST: {
      tag: "Compatibility",
      access: "public",
      summary: "Create an account (smaller spec's fields)",
      body: compatRegisterSchema,
      response: compatRegisterResponseSchema,
      status: 201,
    },
  },
  "/api/auth/login": {
    POST: {
      tag: "Compatibility",
      access: "public",
      summary: "Get a Bearer token (username is the email)",
      body: compatLoginSchema,
      response: compatTokenResponseSchema,
    },
  },
  "/api/interviews": {
    GET: {
      tag: "Compatibility",
      access: "bearer",
      summary: "The caller's interviews",
      response: compatInterviewListSchema,
    },
    POST: {
      tag: "Compatibility",
      access: "bearer",
      summary: "Start an interview with its questions",
      body: compatInterviewSchema,
      response: compatInterviewResponseSchema,
      status: 201,
    },
  },
  "/api/answers": {
    POST: {
      tag: "Compatibility",
      access: "bearer",
      summary: "Submit an answer (evaluated in the background)",
      body: compatAnswerSchema,
      response: compatSubmitResponseSchema,
      status: 201,
    },
  },
  "/api/answers/{id}/status": {
    GET: {
      tag: "Compatibility",
      access: "bearer",
      summary: "An answer's evaluation status and evaluation",
      response: compatAnswerStatusSchema,
    },
  },
  "/api/reports/{id}": {
    GET: {
      tag: "Compatibility",
      access: "bearer",
      summary: "An interview's questions, answers, evaluations and overall score",
      response: compatReportSchema,
    },
  },
};
