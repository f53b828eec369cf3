"use server";

import { retryEvaluation } from "@/lib/answers/get-answer";
import { saveDraft } from "@/lib/answers/save-draft";
import { skipQuestion } from "@/lib/answers/skip-question";
import { submitAnswer } from "@/lib/answers/submit-answer";
import { abandonInterview } from "@/lib/interviews/abandon-interview";
import { completeInterview } from "@/lib/interviews/complete-interview";
import { getProgress } from "@/lib/interviews/get-interview";
import type { ProgressUpdate, RunnerState } from "@/lib/interviews/interview-view";
import { openRunner } from "@/lib/interviews/show-question";
import { requireUser } from "@/lib/auth/session";
import { toId } from "@/lib/validations/id";
import { runAction, type ActionResult } from "@/lib/actions/result";

export type MoveResult = {
  session_status: "in_progress" | "completed";
  /** The new state when the session goes on; null when it is over (go to the summary). */
  state: RunnerState | null;
};

const here = (sessionId: unknown) => `/interviews/${String(sessionId)}`;

// PUT (action) draft – auto-save the answer being typed
export async function saveDraftAction(
  sessionId: number,
  questionId: number,
  draftText: string,
): Promise<ActionResult<{ saved_at: string }>> {
  return runAction(async () => {
    const user = await requireUser(here(sessionId));
    const saved = await saveDraft(user.id, toId(sessionId, "Interview session"), {
      question_id: questionId,
      draft_text: draftText,
    });
    return { saved_at: saved.saved_at };
  });
}

// POST (action) answer – submit; the service returns the next question's state (or completion)
export async function submitAnswerAction(
  sessionId: number,
  questionId: number,
  answerText: string,
): Promise<ActionResult<MoveResult & { answer_id: number }>> {
  return runAction(async () => {
    const user = await requireUser(here(sessionId));
    const { response, state } = await submitAnswer(user.id, toId(sessionId, "Interview session"), {
      question_id: questionId,
      answer_text: answerText,
    });
    return { answer_id: response.answer_id, session_status: response.session_status, state };
  });
}

// POST (action) skip – move on without an answer
export async function skipQuestionAction(
  sessionId: number,
  questionId: number,
): Promise<ActionResult<MoveResult>> {
  return runAction(async () => {
    const user = await requireUser(here(sessionId));
    const { response, state } = await skipQuestion(
      user.id,
      toId(sessionId, "Interview session"),
      toId(questionId, "Question"),
    );
    return { session_status: response.session_status, state };
  });
}

// GET (action) state – the whole runner state, its current question shown (after a conflict)
export async function getRunnerStateAction(sessionId: number): Promise<ActionResult<RunnerState>> {
  return runAction(async () => {
    const user = await requireUser(here(sessionId));
    return openRunner(user.id, toId(sessionId, "Interview session"));
  });
}

// GET (action) progress – evaluation statuses, polled while any is pending
export async function getProgressAction(sessionId: number): Promise<ActionResult<ProgressUpdate>> {
  return runAction(async () => {
    const user = await requireUser(here(sessionId));
    return getProgress(user.id, toId(sessionId, "Interview session"));
  });
}

// POST (action) retry – re-queue a failed evaluation
export async function retryEvaluationAction(
  answerId: number,
): Promise<ActionResult<{ answer_id: number; evaluation_status: "pending" }>> {
  return runAction(async () => {
    const user = await requireUser();
    return retryEvaluation(user.id, toId(answerId, "Answer"));
  });
}

// POST (action) complete – finish the session early (unreached questions are left out)
export async function completeSessionAction(
  sessionId: number,
): Promise<ActionResult<Awaited<ReturnType<typeof completeInterview>>>> {
  return runAction(async () => {
    const user = await requireUser(here(sessionId));
    return completeInterview(user.id, toId(sessionId, "Interview session"));
  });
}

// POST (action) abandon – give the session up
export async function abandonSessionAction(
  sessionId: number,
): Promise<ActionResult<Awaited<ReturnType<typeof abandonInterview>>>> {
  return runAction(async () => {
    const user = await requireUser(here(sessionId));
    return abandonInterview(user.id, toId(sessionId, "Interview session"));
  });
}
