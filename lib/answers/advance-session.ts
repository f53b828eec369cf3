import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

/**
 * Inside the answer/skip transaction: closes the current question, rejects out-of-order moves,
 * drops its draft, and either shows the next question (its clock starts) or completes the session.
 */
export async function advanceSession(
  tx: Tx,
  at: { sessionId: number; itemId: number; displayOrder: number; now: Date },
  outcome: { status: "answered" | "skipped"; answerId?: number },
) {
  const earlier = await tx.sessionQuestion.count({
    where: { sessionId: at.sessionId, status: "pending", displayOrder: { lt: at.displayOrder } },
  });
  if (earlier > 0) throw new AppError("CONFLICT", "Answer the current question first");
  const closed = await tx.sessionQuestion.updateMany({
    where: { id: at.itemId, status: "pending" },
    data: { status: outcome.status, answerId: outcome.answerId ?? null },
  });
  if (closed.count !== 1) throw new AppError("CONFLICT", "This question has already been answered");
  const item = await tx.sessionQuestion.findUniqueOrThrow({ where: { id: at.itemId } });
  await tx.answerDraft.deleteMany({
    where: { sessionId: at.sessionId, questionId: item.questionId },
  });

  const next = await tx.sessionQuestion.findFirst({
    where: { sessionId: at.sessionId, status: "pending" },
    orderBy: { displayOrder: "asc" },
    include: { question: true },
  });
  if (next && !next.questionDisplayedAt) {
    await tx.sessionQuestion.update({
      where: { id: next.id },
      data: { questionDisplayedAt: at.now },
    });
  }
  const finished = await tx.interviewSession.updateMany({
    where: { id: at.sessionId, status: "in_progress" },
    data: next
      ? { lastActivityAt: at.now }
      : { lastActivityAt: at.now, status: "completed", endTime: at.now },
  });
  if (finished.count !== 1) throw new AppError("CONFLICT", "This session is no longer in progress");
  return next;
}
