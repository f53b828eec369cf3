import { sealAnswerText } from "@/lib/crypto/personal-columns";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { conflict } from "@/lib/errors";
import { toQuestionDto, type QuestionDto } from "@/lib/interviews/dto";
import { runnerState, type RunnerState } from "@/lib/interviews/interview-view";
import { invalidateSessionCache } from "@/lib/interviews/session-cache";
import { emit } from "@/lib/jobs/emit";
import { attachRecordings } from "@/lib/recordings/attach-recordings";
import { summariseWhenSettled } from "@/lib/summaries/settle";
import { submitAnswerSchema } from "@/lib/validations/interview";
import { parseInput } from "@/lib/validations/parse";
import type { DeliveryReport } from "@/lib/validations/delivery";
import { deliveryOfAnswer } from "./answer-delivery";
import { answerHash } from "./answer-hash";
import { advanceSession, afterMove, ALREADY_ANSWERED, checkTurn } from "./advance-session";

/**
 * POST /interviews/{id}/answers: stores the answer and a pending evaluation in one transaction
 * (so a submitted answer is never lost and never gets two evaluation rows), moves the session to
 * the next question, and hands the evaluation to the background. Returns the API's response and
 * the runner's next state (null once the session is over), built from what was written.
 */
export async function submitAnswer(
  userId: number,
  sessionId: number,
  raw: unknown,
): Promise<{ response: SubmitAnswerResponse; state: RunnerState | null }> {
  const input = parseInput(submitAnswerSchema, raw);
  const move = await checkTurn(userId, sessionId, input.question_id);
  const { item, next } = move;

  const now = new Date();
  const measured = item.questionDisplayedAt
    ? Math.max(0, Math.round((now.getTime() - Date.parse(item.questionDisplayedAt)) / 1000))
    : undefined;
  const timeTaken = measured ?? input.time_taken ?? 0;
  const delivery = deliveryOfAnswer({
    answerText: input.answer_text,
    spoken: input.spoken,
    timeTakenSeconds: timeTaken,
    timeLimitSeconds: item.question.timeLimitSeconds,
  });
  let answer;
  try {
    answer = await db.$transaction(async (tx) => {
      const created = await tx.answer.create({
        data: {
          sessionId,
          questionId: input.question_id,
          answerText: sealAnswerText(input.answer_text, {
            sessionId,
            questionId: input.question_id,
            kind: "answer",
            attempt: 1,
          }),
          answerHash: answerHash(input.answer_text),
          // The server's clock wins; the client's figure is used only if the question was never shown.
          timeTaken,
          submittedAt: now,
          delivery: delivery ?? undefined,
        },
        select: { id: true, submittedAt: true, timeTaken: true },
      });
      await tx.evaluation.create({
        data: { answerId: created.id, status: "pending" },
        select: { id: true },
      });
      await attachRecordings(tx, userId, created.id, input.spoken?.recording_ids ?? []);
      await advanceSession(tx, move, { status: "answered", answerId: created.id }, now);
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(ALREADY_ANSWERED);
    throw error;
  }

  await invalidateSessionCache(sessionId);
  await emit("interview/answer.submitted", { answer_id: answer.id });
  if (!next) await summariseWhenSettled(sessionId);
  const after = afterMove(move, { status: "answered", answerId: answer.id }, now);
  return {
    response: {
      answer_id: answer.id,
      session_id: sessionId,
      question_id: input.question_id,
      submitted_at: answer.submittedAt.toISOString(),
      time_taken: answer.timeTaken,
      evaluation_status: "pending",
      delivery,
      session_status: next ? "in_progress" : "completed",
      next_question: next
        ? toQuestionDto(next.question, next.displayOrder, move.snapshot.items.length)
        : null,
    },
    // Drafts are kept for the current question only, so the next one starts without a draft.
    state: next ? runnerState(after, null, now) : null,
  };
}

/** The API's response to a submitted answer. */
export interface SubmitAnswerResponse {
  answer_id: number;
  session_id: number;
  question_id: number;
  submitted_at: string;
  time_taken: number;
  evaluation_status: "pending";
  /** Delivery feedback (pace, fillers, hedges, pauses, length); null if it could not be made. */
  delivery: DeliveryReport | null;
  session_status: "in_progress" | "completed";
  next_question: QuestionDto | null;
}
