import { invalidateAnalytics } from "@/lib/analytics/cache";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { Prisma } from "@/lib/db/generated/client";
import type { AchievementType } from "@/lib/db/generated/enums";
import { awardAchievements } from "@/lib/gamification/award-achievements";
import type { StreakState } from "@/lib/gamification/streak-rules";
import { updateStreakForSession } from "@/lib/gamification/update-streak";
import { invalidateSessionCache } from "@/lib/interviews/session-cache";
import { computeSummary, scoreTrend } from "./compute-summary";
import { loadSessionItems } from "./load-summary-items";

export interface WrittenSummary {
  sessionId: number;
  userId: number;
  overallSessionScore: number;
}

export interface FinalizeResult extends WrittenSummary {
  streak: StreakState | null;
  /** Achievements this run awarded (none when an earlier run already did). */
  achievements: AchievementType[];
}

/**
 * Finalises a completed session once its evaluations have settled: summary → streak →
 * achievements → finalized_at and analytics cache invalidation. Every step is idempotent, so the
 * whole run may be repeated (duplicate delivery, a retried evaluation, an Inngest step retry) and
 * still leaves one summary, one streak update and each achievement once. The Inngest function runs
 * the same steps as separate durable steps.
 */
export async function finalizeSession(sessionId: number): Promise<FinalizeResult | null> {
  const written = await writeSessionSummary(sessionId);
  if (!written) return null;
  const streak = await updateStreakForSession(sessionId);
  const achievements = await awardAchievements(written.userId, sessionId);
  await markSessionFinalized(sessionId, written.userId);
  return { ...written, streak, achievements };
}

/**
 * Step 1: writes (or rewrites) the summary of a finished session: overall_session_score = rounded
 * mean of the question scores (property 13; skipped = 0, not reached or not evaluated = left
 * out), score_trend against the previous completed session, categories, criteria, strengths and
 * improvements. Idempotent: there is still exactly one summary row however often it runs.
 */
export async function writeSessionSummary(sessionId: number): Promise<WrittenSummary | null> {
  const session = await db.interviewSession.findUnique({ where: { id: sessionId } });
  if (!session || session.status !== "completed") return null;
  // Spec invalidation on session completion: the cached session data is dropped.
  await invalidateSessionCache(sessionId);
  const items = await loadSessionItems(sessionId);
  const summary = computeSummary(items.map((i) => i.item));
  const previous = await db.sessionSummary.findFirst({
    where: {
      session: {
        userId: session.userId,
        status: "completed",
        id: { not: sessionId },
        endTime: { lt: session.endTime ?? new Date() },
      },
    },
    orderBy: { session: { endTime: "desc" } },
    select: { overallSessionScore: true },
  });
  const trend = scoreTrend(summary.overallSessionScore, previous?.overallSessionScore ?? null);
  const data = {
    overallSessionScore: summary.overallSessionScore,
    scoreTrend: trend === null ? null : new Prisma.Decimal(trend),
    strengths: summary.strengths,
    improvements: summary.improvements,
    categoryPerformance: summary.categoryPerformance,
    criteriaScores: (summary.criteria ?? {}) as Prisma.InputJsonObject,
    // Not final until the last step has run (again).
    finalizedAt: null,
  };
  try {
    await db.sessionSummary.upsert({
      where: { sessionId },
      create: { sessionId, ...data },
      update: data,
    });
  } catch (error) {
    // A concurrent run created the row between the upsert's lookup and its insert.
    if (!isUniqueViolation(error)) throw error;
    await db.sessionSummary.update({ where: { sessionId }, data });
  }
  return { sessionId, userId: session.userId, overallSessionScore: summary.overallSessionScore };
}

/** Last step: the summary is final (the summary page stops polling) and the user's analytics are stale. */
export async function markSessionFinalized(sessionId: number, userId: number): Promise<void> {
  await db.sessionSummary.updateMany({ where: { sessionId }, data: { finalizedAt: new Date() } });
  await invalidateAnalytics(userId);
}
