import { db } from "@/lib/db/client";
import { toQuestionDto } from "@/lib/interviews/dto";
import { runnerState, type RunnerState } from "@/lib/interviews/interview-view";
import { invalidateSessionCache } from "@/lib/interviews/session-cache";
import { summariseWhenSettled } from "@/lib/summaries/settle";
import { ranOutOfTime } from "@/lib/interviews/time-limit";
import { advanceSession, afterMove, checkTurn, type Outcome } from "./advance-session";

/**
 * POST /interviews/{id}/questions/{qid}/skip: moves on without an answer (it scores 0). A skip
 * made once the question's time had run out (by the server's clock) is recorded as timed out.
 * Returns the API's response and the runner's next state (null once the session is over).
 */
export async function skipQuestion(userId: number, sessionId: number, questionId: number) {
  const move = await checkTurn(userId, sessionId, questionId);
  const { next, item } = move;
  const now = new Date();
  const displayedAt = item.questionDisplayedAt ? new Date(item.questionDisplayedAt) : null;
  const outcome: Outcome = {
    status: "skipped",
    timedOut: ranOutOfTime(item.question.timeLimitSeconds, displayedAt, now),
  };
  await db.$transaction((tx) => advanceSession(tx, move, outcome, now));
  await invalidateSessionCache(sessionId);
  if (!next) await summariseWhenSettled(sessionId);
  const state: RunnerState | null = next
    ? runnerState(afterMove(move, outcome, now), null, now)
    : null;
  return {
    response: {
      session_id: sessionId,
      question_id: questionId,
      status: "skipped" as const,
      timed_out: outcome.timedOut === true,
      session_status: next ? ("in_progress" as const) : ("completed" as const),
      next_question: next
        ? toQuestionDto(next.question, next.displayOrder, move.snapshot.items.length)
        : null,
    },
    state,
  };
}
