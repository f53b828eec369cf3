import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { nextReview } from "./schedule";

/**
 * After an answer's evaluation: puts a weak question on the caller's review queue, or moves its
 * review along the ladder (schedule.ts). Follow-ups do not count (they probe one point, not the
 * question). Idempotent and order-safe: a result older than the one that set the schedule is
 * ignored, so a repeated delivery or a late retried evaluation changes nothing.
 */
export async function recordReviewOutcome(answerId: number): Promise<void> {
  const answer = await db.answer.findUnique({
    where: { id: answerId },
    select: {
      kind: true,
      questionId: true,
      submittedAt: true,
      session: { select: { userId: true } },
      evaluation: { select: { status: true, overallScore: true } },
    },
  });
  const score = answer?.evaluation?.overallScore;
  if (!answer || answer.kind !== "answer" || answer.evaluation?.status !== "completed") return;
  if (score === null || score === undefined) return;
  const key = { userId: answer.session.userId, questionId: answer.questionId };
  const at = answer.submittedAt;

  for (let tries = 0; tries < 2; tries++) {
    const item = await db.reviewItem.findUnique({ where: { userId_questionId: key } });
    if (item?.lastAnsweredAt && item.lastAnsweredAt >= at) return;
    const decision = nextReview(
      item && item.graduatedAt === null ? { step: item.step } : null,
      score,
      at,
    );
    if (!item) {
      if (decision.kind !== "schedule") return;
      try {
        await db.reviewItem.create({
          data: {
            ...key,
            step: decision.step,
            dueAt: decision.dueAt,
            lastScore: score,
            lastAnsweredAt: at,
          },
        });
        return;
      } catch (error) {
        // Another evaluation of the same question created it first: decide again against it.
        if (!isUniqueViolation(error)) throw error;
        continue;
      }
    }
    const newer = { id: item.id, OR: [{ lastAnsweredAt: null }, { lastAnsweredAt: { lt: at } }] };
    const base = { lastScore: score, lastAnsweredAt: at };
    await db.reviewItem.updateMany({
      where: newer,
      data:
        decision.kind === "schedule"
          ? { ...base, step: decision.step, dueAt: decision.dueAt, graduatedAt: null }
          : decision.kind === "graduate"
            ? { ...base, graduatedAt: new Date() }
            : base,
    });
    return;
  }
}
