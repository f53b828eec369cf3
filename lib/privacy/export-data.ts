import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { openJson, openText, resumeAnalysisContext, resumeTextContext } from "@/lib/resumes/sealed";
import { openJobDescriptionFields } from "@/lib/job-descriptions/sealed-fields";
import { audit, type AuditContext } from "@/lib/audit/log";
import { logger } from "@/lib/logger";

export const EXPORT_FORMAT = "interviewmaster-export";
export const EXPORT_VERSION = 1;

/**
 * Everything one user owns, by table (the names of prisma/schema.prisma's @@map, so a test can
 * check that every user-owned table is here). Secrets stay out: password and token hashes, storage
 * locators, worker leases. Encrypted values are decrypted: the export is for the user to read.
 */
export interface UserDataExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exported_at: string;
  user_id: number;
  tables: Record<string, unknown[]>;
}

/** A value that cannot be decrypted (lost key) is reported in place, not dropped silently. */
function readable<T>(what: string, id: number, open: () => T): T | { unreadable: string } {
  try {
    return open();
  } catch (error) {
    logger.warn("export: encrypted value not readable", { what, id, error: String(error) });
    return { unreadable: "This value could not be decrypted (its key is no longer configured)" };
  }
}

export async function exportUserData(userId: number, now = new Date()): Promise<UserDataExport> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.deletedAt) throw notFound("User");
  const own = { where: { userId }, orderBy: { id: "asc" as const } };
  const sessionIds = (
    await db.interviewSession.findMany({ where: { userId }, select: { id: true } })
  ).map((s) => s.id);
  const inSessions = { where: { sessionId: { in: sessionIds } }, orderBy: { id: "asc" as const } };

  const [
    resumes,
    resumeAnalyses,
    jobDescriptions,
    sessions,
    sessionQuestions,
    answers,
    drafts,
    summaries,
    personalQuestions,
  ] = await Promise.all([
    db.resume.findMany({ ...own, omit: { fileUrl: true } }),
    db.resumeAnalysis.findMany(own),
    db.jobDescription.findMany(own),
    db.interviewSession.findMany(own),
    db.sessionQuestion.findMany({
      ...inSessions,
      include: { question: { select: { questionText: true, category: true, role: true } } },
    }),
    db.answer.findMany(inSessions),
    db.answerDraft.findMany(inSessions),
    db.sessionSummary.findMany(inSessions),
    db.question.findMany({ where: { ownerUserId: userId }, orderBy: { id: "asc" } }),
  ]);
  const answerIds = answers.map((a) => a.id);
  const [evaluations, followUps] = await Promise.all([
    db.evaluation.findMany({
      where: { answerId: { in: answerIds } },
      orderBy: { id: "asc" },
      omit: { leaseUntil: true },
    }),
    db.followUp.findMany({ where: { parentAnswerId: { in: answerIds } }, orderBy: { id: "asc" } }),
  ]);

  const [
    reviewItems,
    achievements,
    streaks,
    leaderboard,
    studyPlans,
    agentExecutions,
    auditLogs,
    communityQuestions,
    communityVotes,
    communityConfirmations,
    communityReports,
    bankEdits,
    refreshTokens,
    passwordResets,
    emailVerifications,
    recordings,
  ] = await Promise.all([
    db.reviewItem.findMany(own),
    db.userAchievement.findMany(own),
    db.userStreak.findMany(own),
    db.leaderboardEntry.findMany(own),
    db.studyPlan.findMany(own),
    db.agentExecution.findMany(own),
    db.auditLog.findMany(own),
    db.communityQuestion.findMany(own),
    db.communityVote.findMany(own),
    db.communityConfirmation.findMany(own),
    db.communityReport.findMany(own),
    db.questionBankEdit.findMany({ where: { editedById: userId }, orderBy: { id: "asc" } }),
    // Sign-in sessions by device and date; the token hashes are credentials, never exported.
    db.refreshToken.findMany({ ...own, omit: { tokenHash: true } }),
    db.passwordResetToken.findMany({ ...own, omit: { tokenHash: true } }),
    db.emailVerificationToken.findMany({ ...own, omit: { tokenHash: true } }),
    // Kept recordings as metadata (the audio plays at /recordings/{id}/audio), never the locator.
    db.answerRecording.findMany({ ...own, omit: { fileUrl: true } }),
  ]);

  const { sessionVersion: _version, failedLoginAttempts: _failed, ...profile } = user;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported_at: now.toISOString(),
    user_id: userId,
    tables: {
      users: [profile],
      resumes: resumes.map(({ extractedText, textKeyId: _key, ...row }) => ({
        ...row,
        extractedText: extractedText
          ? readable("resume text", row.id, () =>
              openText(extractedText, resumeTextContext(row.id)),
            )
          : null,
      })),
      resume_analyses: resumeAnalyses.map((row) => ({
        ...row,
        analysisData: readable("resume analysis", row.id, () =>
          openJson(row.analysisData, resumeAnalysisContext(row.resumeId)),
        ),
      })),
      job_descriptions: jobDescriptions.map((row) => ({
        ...row,
        ...readable("job description", row.id, () => openJobDescriptionFields(row)),
      })),
      interview_sessions: sessions,
      session_questions: sessionQuestions,
      questions: personalQuestions,
      answers,
      answer_drafts: drafts,
      answer_recordings: recordings,
      evaluations,
      follow_ups: followUps,
      session_summaries: summaries,
      review_items: reviewItems,
      user_achievements: achievements,
      user_streaks: streaks,
      leaderboard_entries: leaderboard,
      study_plans: studyPlans,
      agent_executions: agentExecutions,
      audit_logs: auditLogs,
      community_questions: communityQuestions,
      community_question_votes: communityVotes,
      community_question_confirmations: communityConfirmations,
      community_question_reports: communityReports,
      question_bank_edits: bankEdits,
      refresh_tokens: refreshTokens,
      password_reset_tokens: passwordResets,
      email_verification_tokens: emailVerifications,
    },
  };
}

/** The export as a download: pretty JSON (BigInt-safe) and a dated file name. */
export function exportFileName(userId: number, now = new Date()): string {
  return `interviewmaster-export-${userId}-${now.toISOString().slice(0, 10)}.json`;
}

export function serialiseExport(data: UserDataExport): string {
  return JSON.stringify(
    data,
    (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value),
    2,
  );
}

/** The download of one's own data, recorded in the audit log (a copy of everything left). */
export async function exportOwnData(userId: number, context: AuditContext = {}) {
  const now = new Date();
  const data = await exportUserData(userId, now);
  await audit("user.data_exported", userId, context);
  return { name: exportFileName(userId, now), body: serialiseExport(data) };
}
