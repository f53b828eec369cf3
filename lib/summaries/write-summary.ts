import { invalidateAnalytics } from "@/lib/analytics/cache";
import { sealSummaryText } from "@/lib/crypto/personal-columns";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { Prisma } from "@/lib/db/generated/client";
import { invalidateSessionCache } from "@/lib/interviews/session-cache";
import { computeSummary, scoreTrend } from "./compute-summary";
import { loadSessionItems } from "./load-summary-items";

export interface WrittenSummary {
  sessionId: number;
  userId: number;
  overallSessionScore: number;
}

/**
 * The first finalisation step (finalize-session.ts): writes (or rewrites) the summary of a
 * finished session: overall_session_score = rounded mean of the question scores (property 13; skipped = 0, not reached or not evaluated = left
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
    // They name what the answers said: sealed like the answers (lib/db/open-sealed.ts opens them).
    ...sealSummaryText(sessionId, summary),
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

/** The last finalisation step: the summary is final (the summary page stops polling) and the user's analytics are stale. */
export async function markSessionFinalized(sessionId: number, userId: number): Promise<void> {
  await db.sessionSummary.updateMany({ where: { sessionId }, data: { finalizedAt: new Date() } });
  await invalidateAnalytics(userId);
}
