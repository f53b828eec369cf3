import { db } from "@/lib/db/client";
import { publishLiveEvent } from "@/lib/live";
import { logger } from "@/lib/logger";

/**
 * Pushes an answer's evaluation status, as stored now, to its owner's open pages
 * (`evaluation.updated`). Reads the row rather than trusting the caller, so what the page hears
 * is what it would fetch. Never throws: the pages' fallback polling covers a lost event, and the
 * evaluation itself must not fail over a notification.
 */
export async function announceEvaluation(answerId: number): Promise<void> {
  try {
    const row = await db.answer.findUnique({
      where: { id: answerId },
      select: {
        sessionId: true,
        session: { select: { userId: true } },
        evaluation: { select: { status: true, overallScore: true } },
      },
    });
    if (!row?.evaluation) return;
    await publishLiveEvent(row.session.userId, {
      type: "evaluation.updated",
      answerId,
      sessionId: row.sessionId,
      status: row.evaluation.status,
      overallScore: row.evaluation.overallScore,
    });
  } catch (error) {
    logger.warn("live status: evaluation not announced", {
      answer_id: answerId,
      error: String(error),
    });
  }
}
