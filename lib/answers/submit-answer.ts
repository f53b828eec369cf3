import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { conflict, notFound } from "@/lib/errors";
import { toQuestionDto } from "@/lib/interviews/dto";
import { invalidateSessionCache } from "@/lib/interviews/session-cache";
import { assertInProgress, loadOwnedSession } from "@/lib/interviews/load-session";
import { emit } from "@/lib/jobs/emit";
import { summariseWhenSettled } from "@/lib/summaries/settle";
import { submitAnswerSchema } from "@/lib/validations/interview";
import { parseInput } from "@/lib/validations/parse";
import { answerHash } from "./answer-hash";
import { advanceSession } from "./advance-session";

const ALREADY_ANSWERED = "This question has already been answered";

/**
 * POST /interviews/{id}/answers: stores the answer and a pending evaluation in one transaction
 * (so a submitted answer is never lost and never gets two evaluation rows), moves the session to
 * the next question, and hands the evaluation to the background.
 */
export async function submitAnswer(userId: number, sessionId: number, raw: unknown) {
  const input = parseInput(submitAnswerSchema, raw);
  const session = await loadOwnedSession(userId, sessionId);
  const item = await db.sessionQuestion.findUnique({
    where: { sessionId_questionId: { sessionId, questionId: input.question_id } },
  });
  if (!item) throw notFound("Question");
  if (item.status !== "pending") throw conflict(ALREADY_ANSWERED);
  assertInProgress(session);

  const now = new Date();
  const measured = item.questionDisplayedAt
    ? Math.max(0, Math.round((now.getTime() - item.questionDisplayedAt.getTime()) / 1000))
    : undefined;
  let result;
  try {
    result = await db.$transaction(async (tx) => {
      const answer = await tx.answer.create({
        data: {
          sessionId,
          questionId: input.question_id,
          answerText: input.answer_text,
          answerHash: answerHash(input.answer_text),
          // The server's clock wins; the client's figure is used only if the question was never shown.
          timeTaken: measured ?? input.time_taken ?? 0,
          submittedAt: now,
          evaluation: { create: { status: "pending" } },
        },
      });
      const next = await advanceSession(
        tx,
        { sessionId, itemId: item.id, displayOrder: item.displayOrder, now },
        {
          status: "answered",
          answerId: answer.id,
        },
      );
      return { answer, next };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(ALREADY_ANSWERED);
    throw error;
  }

  await invalidateSessionCache(sessionId);
  await emit("interview/answer.submitted", { answer_id: result.answer.id });
  if (!result.next) await summariseWhenSettled(sessionId);
  return {
    answer_id: result.answer.id,
    session_id: sessionId,
    question_id: input.question_id,
    submitted_at: result.answer.submittedAt.toISOString(),
    time_taken: result.answer.timeTaken,
    evaluation_status: "pending" as const,
    session_status: result.next ? ("in_progress" as const) : ("completed" as const),
    next_question: result.next
      ? toQuestionDto(result.next.question, result.next.displayOrder, session.questionCount)
      : null,
  };
}
