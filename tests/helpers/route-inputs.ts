import type { z } from "zod";
import {
  adminQuestionListSchema,
  adminUserListSchema,
  auditLogQuerySchema,
  deleteUserSchema,
  featureFlagSchema,
  questionEditSchema,
  setRoleSchema,
  suspendUserSchema,
  unsuspendUserSchema,
  userStatusSchema,
} from "@/lib/validations/admin";
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
  createInterviewSchema,
  listQuerySchema,
  saveDraftSchema,
  submitAnswerSchema,
} from "@/lib/validations/interview";
import { jobDescriptionInputSchema, jobMatchQuerySchema } from "@/lib/validations/job-description";
import { leaderboardQuerySchema, performanceQuerySchema } from "@/lib/validations/analytics";
import { ownActivityQuerySchema } from "@/lib/validations/audit";
import {
  followUpAnswerSchema,
  queueReviewSchema,
  retryAttemptSchema,
  startReviewSchema,
} from "@/lib/validations/practice";
import { updateProfileSchema } from "@/lib/validations/profile";

/**
 * The input of every API handler that takes a body, by "METHOD /route/template": its zod schema
 * (the one the service parses with), "none" when the body is ignored, "multipart" for uploads.
 * The endpoint matrix fails on a POST/PUT/PATCH/DELETE handler missing here.
 */
export const ROUTE_INPUTS: Record<string, z.ZodType | "none" | "multipart"> = {
  "POST /api/v1/auth/register": registerSchema,
  "POST /api/v1/auth/login": loginSchema,
  "POST /api/v1/auth/refresh": refreshSchema,
  "POST /api/v1/auth/logout": refreshSchema,
  "POST /api/v1/auth/logout-all": "none",
  "POST /api/v1/auth/password-reset": passwordResetRequestSchema,
  "POST /api/v1/auth/password-reset/confirm": passwordResetSchema,
  "POST /api/v1/auth/verify-email": emailVerificationSchema,
  "PUT /api/v1/users/me": updateProfileSchema,
  "DELETE /api/v1/users/me": "none",
  "PUT /api/v1/users/me/password": changePasswordSchema,
  "POST /api/v1/users/me/verification": "none",
  "POST /api/v1/interviews": createInterviewSchema,
  "DELETE /api/v1/interviews/[id]": "none",
  "POST /api/v1/interviews/[id]/answers": submitAnswerSchema,
  "PUT /api/v1/interviews/[id]/drafts": saveDraftSchema,
  "POST /api/v1/interviews/[id]/complete": "none",
  "POST /api/v1/interviews/[id]/abandon": "none",
  "POST /api/v1/interviews/[id]/questions/[qid]/skip": "none",
  "POST /api/v1/interviews/[id]/questions/[qid]/attempts": retryAttemptSchema,
  "POST /api/v1/answers/[id]/retry": "none",
  "POST /api/v1/answers/[id]/follow-up": "none",
  "POST /api/v1/follow-ups/[id]/answer": followUpAnswerSchema,
  "POST /api/v1/review-queue": queueReviewSchema,
  "POST /api/v1/review-queue/sessions": startReviewSchema,
  "POST /api/v1/job-descriptions": jobDescriptionInputSchema,
  "DELETE /api/v1/job-descriptions/[id]": "none",
  "POST /api/v1/resumes": "multipart",
  "DELETE /api/v1/resumes/[id]": "none",
  "PUT /api/v1/resumes/[id]/primary": "none",
  "POST /api/v1/resumes/[id]/primary": "none",
  "POST /api/v1/resumes/[id]/retry": "none",
  "POST /api/v1/transcriptions": "multipart",
  "POST /api/v1/community/questions": submitCommunityQuestionSchema,
  "PUT /api/v1/community/questions/[id]/vote": voteSchema,
  "POST /api/v1/community/questions/[id]/confirm": "none",
  "POST /api/v1/community/questions/[id]/report": reportSchema,
  "POST /api/v1/community/sessions": practiseCompanySchema,
  "PUT /api/v1/admin/community-questions/[id]": moderateSchema,
  "PUT /api/v1/admin/feature-flags": featureFlagSchema,
  "DELETE /api/v1/admin/feature-flags/[name]": "none",
  "PATCH /api/v1/admin/questions/[id]": questionEditSchema,
  "DELETE /api/v1/admin/questions/[id]": "none",
  "PUT /api/v1/admin/users/[id]/role": setRoleSchema,
  "DELETE /api/v1/admin/users/[id]": deleteUserSchema,
  "PUT /api/v1/admin/users/[id]/status": userStatusSchema,
  "POST /api/v1/admin/users/[id]/suspend": suspendUserSchema,
  "POST /api/v1/admin/users/[id]/unsuspend": unsuspendUserSchema,
};

/** The query-string schema of every GET handler that reads its query. */
export const ROUTE_QUERIES: Record<string, z.ZodType> = {
  "GET /api/v1/admin/audit-logs": auditLogQuerySchema,
  "GET /api/v1/admin/community-questions": moderationQueueSchema,
  "GET /api/v1/admin/questions": adminQuestionListSchema,
  "GET /api/v1/admin/users": adminUserListSchema,
  "GET /api/v1/analytics/performance": performanceQuerySchema,
  "GET /api/v1/community/questions": browseCommunitySchema,
  "GET /api/v1/interviews": listQuerySchema,
  "GET /api/v1/job-descriptions/[id]/match": jobMatchQuerySchema,
  "GET /api/v1/leaderboard": leaderboardQuerySchema,
  "GET /api/v1/users/me/activity": ownActivityQuerySchema,
};
