"use server";

import { retryEvaluation } from "@/lib/answers/get-answer";
import { saveDraft } from "@/lib/answers/save-draft";
import { skipQuestion } from "@/lib/answers/skip-question";
import { submitAnswer } from "@/lib/answers/submit-answer";
import { authedAction } from "@/lib/actions/authed-action";
import { abandonInterview } from "@/lib/interviews/abandon-interview";
import { completeInterview } from "@/lib/interviews/complete-interview";
import { getProgress } from "@/lib/interviews/get-interview";
import type { RunnerState } from "@/lib/interviews/interview-view";
import { openRunner } from "@/lib/interviews/show-question";
import type { SpokenAnswer } from "@/lib/validations/delivery";
import { toId } from "@/lib/validations/id";

export type MoveResult = {
  session_status: "in_progress" | "completed";
  /** The new state when the session goes on; null when it is over (go to the summary). */
  state: RunnerState | null;
};

// Every action here acts on one of the caller's sessions, named by its id.
const session = { id: "Interview session", from: (id: unknown) => `/interviews/${String(id)}` };

// PUT (action) draft – auto-save the answer being typed
export const saveDraftAction = authedAction(
  session,
  async (user, sessionId, questionId: number, draftText: string) => {
    const saved = await saveDraft(user.id, sessionId, {
      question_id: questionId,
      draft_text: draftText,
    });
    return { saved_at: saved.saved_at };
  },
);

// POST (action) answer – submit (with the recording's transcript and timings when spoken); the
// service returns the next question's state (or completion)
export const submitAnswerAction = authedAction(
  session,
  async (user, sessionId, questionId: number, answerText: string, spoken?: SpokenAnswer) => {
    const { response, state } = await submitAnswer(user.id, sessionId, {
      question_id: questionId,
      answer_text: answerText,
      spoken,
    });
    const moved: MoveResult & { answer_id: number } = {
      answer_id: response.answer_id,
      session_status: response.session_status,
      state,
    };
    return moved;
  },
);

// POST (action) skip – move on without an answer
export const skipQuestionAction = authedAction(
  session,
  async (user, sessionId, questionId: number): Promise<MoveResult> => {
    const { response, state } = await skipQuestion(
      user.id,
      sessionId,
      toId(questionId, "Question"),
    );
    return { session_status: response.session_status, state };
  },
);

// GET (action) state – the whole runner state, its current question shown (after a conflict)
export const getRunnerStateAction = authedAction(session, (user, sessionId) =>
  openRunner(user.id, sessionId),
);

// GET (action) progress – evaluation statuses, polled while any is pending
export const getProgressAction = authedAction(session, (user, sessionId) =>
  getProgress(user.id, sessionId),
);

// POST (action) retry – re-queue a failed evaluation
export const retryEvaluationAction = authedAction({ id: "Answer" }, (user, answerId) =>
  retryEvaluation(user.id, answerId),
);

// POST (action) complete – finish the session early (unreached questions are left out)
export const completeSessionAction = authedAction(session, (user, sessionId) =>
  completeInterview(user.id, sessionId),
);

// POST (action) abandon – give the session up
export const abandonSessionAction = authedAction(session, (user, sessionId) =>
  abandonInterview(user.id, sessionId),
);
