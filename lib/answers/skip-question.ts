import { db } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/errors";
import { toQuestionDto } from "@/lib/interviews/dto";
import { invalidateSessionCache } from "@/lib/interviews/session-cache";
import { assertInProgress, loadOwnedSession } from "@/lib/interviews/load-session";
import { summariseWhenSettled } from "@/lib/summaries/settle";
import { advanceSession } from "./advance-session";

/** POST /interviews/{id}/questions/{qid}/skip: moves on without an answer (it scores 0). */
export async function skipQuestion(userId: number, sessionId: number, questionId: number) {
  const session = await loadOwnedSession(userId, sessionId);
  const item = await db.sessionQuestion.findUnique({
    where: { sessionId_questionId: { sessionId, questionId } },
  });
  if (!item) throw notFound("Question");
  if (item.status !== "pending") throw conflict("This question has already been answered");
  assertInProgress(session);
  const now = new Date();
  const next = await db.$transaction((tx) =>
    advanceSession(
      tx,
      { sessionId, itemId: item.id, displayOrder: item.displayOrder, now },
      { status: "skipped" },
    ),
  );
  await invalidateSessionCache(sessionId);
  if (!next) await summariseWhenSettled(sessionId);
  return {
    session_id: sessionId,
    question_id: questionId,
    status: "skipped" as const,
    session_status: next ? ("in_progress" as const) : ("completed" as const),
    next_question: next
      ? toQuestionDto(next.question, next.displayOrder, session.questionCount)
      : null,
  };
}
