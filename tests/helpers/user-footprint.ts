import { randomUUID } from "node:crypto";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { createJobDescription } from "@/lib/job-descriptions/job-description-service";
import { resumeFileStore } from "@/lib/resumes/storage";
import {
  resumeAnalysisContext,
  resumeFileContext,
  resumeTextContext,
  sealFile,
  sealJson,
  sealText,
} from "@/lib/resumes/sealed";
import { recordingFileContext } from "@/lib/recordings/recording-files";
import { parsePrismaSchema } from "./prisma-schema";

/**
 * The tables that hold a user's data, read from prisma/schema.prisma: every model with a relation
 * to User, and every model that cascades from one of those (an answer belongs to its session).
 * A new model joins this list by itself, so the export and deletion tests fail until both cover it.
 */
export function userOwnedTables(): string[] {
  const { models } = parsePrismaSchema();
  const owned = new Set<string>(["User"]);
  for (let grew = true; grew;) {
    grew = false;
    for (const model of models) {
      if (owned.has(model.name)) continue;
      const linked = model.fields.some(
        (f) =>
          f.relation &&
          owned.has(f.type) &&
          (f.type === "User" || (f.relation.onDelete === "Cascade" && !f.optional)),
      );
      if (linked) {
        owned.add(model.name);
        grew = true;
      }
    }
  }
  return models.filter((m) => owned.has(m.name)).map((m) => m.table);
}

/** A string that appears nowhere else: the test looks for it everywhere after deletion. */
export const footprintMarker = () => `zq${randomUUID().replace(/-/g, "")}`;

const JOB = `Platform Engineer
Requirements
• Strong TypeScript and Node.js
• PostgreSQL and Kubernetes in production`;

/**
 * One row in every user-owned table for `userId`, each carrying `marker` in a free-text field
 * where the table has one; returns the ids by table. The resume's file goes to the real store.
 */
export async function seedUserFootprint(userId: number, marker: string) {
  const ids: Record<string, number[]> = {};
  const add = (table: string, id: number) => (ids[table] ??= []).push(id);
  add("users", userId);
  const bankQuestion = await db.question.findFirstOrThrow({ where: { ownerUserId: null } });

  const fileKey = `footprint/${marker}.pdf`;
  const fileUrl = await resumeFileStore().put(
    fileKey,
    sealFile(Buffer.from(`%PDF ${marker}`), resumeFileContext(fileKey)),
    "application/octet-stream",
  );
  const resume = await db.resume.create({
    data: { userId, filename: `${marker}.pdf`, fileUrl, fileSize: 10, status: "ready" },
  });
  const sealed = sealText(`${marker} resume text`, resumeTextContext(resume.id));
  await db.resume.update({
    where: { id: resume.id },
    data: { extractedText: sealed.sealed, textKeyId: sealed.keyId },
  });
  add("resumes", resume.id);
  const analysis = await db.resumeAnalysis.create({
    data: {
      userId,
      resumeId: resume.id,
      analysisData: sealJson({ summary: marker }, resumeAnalysisContext(resume.id)),
    },
  });
  add("resume_analyses", analysis.id);

  const job = await createJobDescription(userId, { text: `${JOB}\n${marker}`, company: marker });
  add("job_descriptions", job.job_description_id);

  const session = await db.interviewSession.create({
    data: {
      userId,
      role: "Software Engineer",
      difficulty: "Medium",
      categories: ["Technical"],
      questionCount: 2,
      resumeId: resume.id,
      jobDescriptionId: job.job_description_id,
    },
  });
  add("interview_sessions", session.id);
  const personal = await db.question.create({
    data: {
      questionText: `At ${marker}, you wrote about payments. What happened?`,
      category: "Behavioral",
      difficulty: "Medium",
      role: "Software Engineer",
      expectedAnswerPoints: [],
      timeLimitSeconds: 120,
      source: "personal",
      fingerprint: marker,
      ownerUserId: userId,
    },
  });
  add("questions", personal.id);
  const answer = await db.answer.create({
    data: {
      sessionId: session.id,
      questionId: bankQuestion.id,
      answerText: `${marker} answer`,
      answerHash: marker.slice(0, 64),
      timeTaken: 30,
    },
  });
  add("answers", answer.id);
  const followUpAnswer = await db.answer.create({
    data: {
      sessionId: session.id,
      questionId: bankQuestion.id,
      answerText: `${marker} follow-up answer`,
      answerHash: marker.slice(0, 64),
      timeTaken: 20,
      kind: "follow_up",
    },
  });
  add("answers", followUpAnswer.id);
  const sq = await db.sessionQuestion.create({
    data: {
      sessionId: session.id,
      questionId: bankQuestion.id,
      displayOrder: 1,
      answerId: answer.id,
    },
  });
  add("session_questions", sq.id);
  const sq2 = await db.sessionQuestion.create({
    data: { sessionId: session.id, questionId: personal.id, displayOrder: 2 },
  });
  add("session_questions", sq2.id);
  const evaluation = await db.evaluation.create({
    data: {
      answerId: answer.id,
      status: "completed",
      provider: "builtin",
      contentQuality: 70,
      clarity: 70,
      confidence: 70,
      technicalAccuracy: 70,
      overallScore: 70,
      evaluatedAt: new Date(),
      evidence: [{ point: "x", covered: true, quote: `${marker} answer` }],
    },
  });
  add("evaluations", evaluation.id);
  const followUp = await db.followUp.create({
    data: {
      parentAnswerId: answer.id,
      responseAnswerId: followUpAnswer.id,
      kind: "missed_point",
      prompt: "Tell me more",
      pointIndex: 0,
      point: "x",
      provider: "builtin",
    },
  });
  add("follow_ups", followUp.id);
  const draft = await db.answerDraft.create({
    data: { sessionId: session.id, questionId: personal.id, draftText: `${marker} draft` },
  });
  add("answer_drafts", draft.id);
  const recordingKey = `recordings/${userId}/${marker}.webm`;
  const recording = await db.answerRecording.create({
    data: {
      userId,
      answerId: answer.id,
      fileUrl: await resumeFileStore().put(
        recordingKey,
        sealFile(Buffer.from(`${marker} audio`), recordingFileContext(recordingKey)),
        "application/octet-stream",
      ),
      fileSize: 10,
      mimeType: "audio/webm",
    },
  });
  add("answer_recordings", recording.id);
  const summary = await db.sessionSummary.create({
    data: {
      sessionId: session.id,
      overallSessionScore: 70,
      strengths: [marker],
      improvements: [],
      categoryPerformance: {},
    },
  });
  add("session_summaries", summary.id);
  const review = await db.reviewItem.create({
    data: { userId, questionId: bankQuestion.id, dueAt: new Date() },
  });
  add("review_items", review.id);
  const achievement = await db.userAchievement.create({
    data: { userId, achievementType: "First_Interview", sessionId: session.id },
  });
  add("user_achievements", achievement.id);
  add(
    "user_streaks",
    (await db.userStreak.create({ data: { userId, currentStreak: 1, longestStreak: 1 } })).id,
  );
  const entry = await db.leaderboardEntry.create({
    data: {
      userId,
      rank: 1,
      anonymousUsername: marker.slice(0, 40),
      averageScore: 70,
      totalInterviews: 1,
      period: "all_time",
    },
  });
  add("leaderboard_entries", entry.id);
  add(
    "study_plans",
    (await db.studyPlan.create({ data: { userId, planData: { focus: marker } } })).id,
  );
  const execution = await db.agentExecution.create({
    data: {
      userId,
      agentType: "study_plan",
      reasoningSteps: [marker],
      output: {},
      executionTimeMs: 5,
      success: true,
    },
  });
  add("agent_executions", execution.id);
  await audit(
    "auth.login",
    userId,
    { ip: "203.0.113.77", userAgent: `Browser ${marker}` },
    { note: marker },
  );
  const auditRow = await db.auditLog.findFirstOrThrow({
    where: { userId },
    orderBy: { id: "desc" },
  });
  add("audit_logs", auditRow.id);
  const post = await db.communityQuestion.create({
    data: {
      userId,
      companyName: marker,
      questionText: `${marker} community question`,
      notes: marker,
    },
  });
  add("community_questions", post.id);
  add(
    "community_question_votes",
    (await db.communityVote.create({ data: { communityQuestionId: post.id, userId, value: 1 } }))
      .id,
  );
  add(
    "community_question_confirmations",
    (await db.communityConfirmation.create({ data: { communityQuestionId: post.id, userId } })).id,
  );
  add(
    "community_question_reports",
    (
      await db.communityReport.create({
        data: { communityQuestionId: post.id, userId, reason: "spam", details: marker },
      })
    ).id,
  );
  add(
    "question_bank_edits",
    (
      await db.questionBankEdit.create({
        // An administrator's edit of the shared bank: kept (without its author) after deletion.
        data: { bankKey: `footprint-${randomUUID()}`, content: {}, editedById: userId },
      })
    ).id,
  );
  const expiresAt = new Date(Date.now() + 3_600_000);
  add(
    "refresh_tokens",
    (
      await db.refreshToken.create({
        data: { userId, tokenHash: `${marker}r`, familyId: marker, expiresAt },
      })
    ).id,
  );
  add(
    "password_reset_tokens",
    (await db.passwordResetToken.create({ data: { userId, tokenHash: `${marker}p`, expiresAt } }))
      .id,
  );
  add(
    "email_verification_tokens",
    (
      await db.emailVerificationToken.create({
        data: { userId, tokenHash: `${marker}e`, expiresAt },
      })
    ).id,
  );
  return { ids, fileUrl };
}
