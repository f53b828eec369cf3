import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { loadOwnedSession } from "./load-session";
import { remainingSeconds, toQuestionDto } from "./dto";
import { invalidateSessionCache } from "./session-cache";

/**
 * GET /interviews/{id}/questions/{qid}: one question of the caller's session. Questions come one
 * at a time: a later question stays locked (409) until the current one is answered or skipped.
 * Showing the current question starts its clock; the saved draft comes along.
 */
export async function getSessionQuestion(userId: number, sessionId: number, questionId: number) {
  const session = await loadOwnedSession(userId, sessionId);
  const item = await db.sessionQuestion.findUnique({
    where: { sessionId_questionId: { sessionId, questionId } },
    include: { question: true, answer: { include: { evaluation: { select: { status: true } } } } },
  });
  if (!item) throw notFound("Question");
  const total = session.questionCount;
  if (item.status === "pending") {
    const current = await db.sessionQuestion.findFirst({
      where: { sessionId, status: "pending" },
      orderBy: { displayOrder: "asc" },
      select: { questionId: true },
    });
    if (session.status !== "in_progress" || current?.questionId !== questionId) {
      throw new AppError("CONFLICT", "Answer the current question first", {
        details: { current_question_id: current?.questionId ?? null },
      });
    }
  }
  let displayedAt = item.questionDisplayedAt;
  if (item.status === "pending" && !displayedAt) {
    displayedAt = new Date();
    // Only the first viewer starts the clock; a concurrent view keeps the earlier start.
    const started = await db.sessionQuestion.updateMany({
      where: { id: item.id, questionDisplayedAt: null },
      data: { questionDisplayedAt: displayedAt },
    });
    if (started.count > 0) await invalidateSessionCache(sessionId);
  }
  const draft =
    item.status === "pending"
      ? await db.answerDraft.findUnique({
          where: { sessionId_questionId: { sessionId, questionId } },
        })
      : null;
  await db.interviewSession.update({
    where: { id: sessionId },
    data: { lastActivityAt: new Date() },
  });
  return {
    ...toQuestionDto(item.question, item.displayOrder, total),
    status: item.status,
    displayed_at: displayedAt?.toISOString() ?? null,
    remaining_seconds: remainingSeconds(item.question.timeLimitSeconds, displayedAt),
    draft_text: draft?.draftText ?? null,
    draft_saved_at: draft?.lastSavedAt.toISOString() ?? null,
    answer_id: item.answer?.id ?? null,
    answer_text: item.answer?.answerText ?? null,
    evaluation_status: item.answer?.evaluation?.status ?? null,
  };
}
