import { db } from "@/lib/db/client";
import { toQuestionDto } from "@/lib/interviews/dto";
import { runnerState, type RunnerState } from "@/lib/interviews/interview-view";
import { invalidateSessionCache } from "@/lib/interviews/session-cache";
import { summariseWhenSettled } from "@/lib/summaries/settle";
import { advanceSession, afterMove, checkTurn } from "./advance-session";

/**
 * POST /interviews/{id}/questions/{qid}/skip: moves on without an answer (it scores 0). Returns
 * the API's response and the runner's next state (null once the session is over).
 */
export async function skipQuestion(userId: number, sessionId: number, questionId: number) {
  const move = await checkTurn(userId, sessionId, questionId);
  const { next } = move;
  const now = new Date();
  await db.$transaction((tx) => advanceSession(tx, move, { status: "skipped" }, now));
  await invalidateSessionCache(sessionId);
  if (!next) await summariseWhenSettled(sessionId);
  const state: RunnerState | null = next
    ? runnerState(afterMove(move, { status: "skipped" }, now), null, now)
    : null;
  return {
    response: {
      session_id: sessionId,
      question_id: questionId,
      status: "skipped" as const,
      session_status: next ? ("in_progress" as const) : ("completed" as const),
      next_question: next
        ? toQuestionDto(next.question, next.displayOrder, move.snapshot.items.length)
        : null,
    },
    state,
  };
}
