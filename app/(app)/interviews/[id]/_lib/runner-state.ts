import { getInterview } from "@/lib/interviews/get-interview";
import { getSessionQuestion } from "@/lib/interviews/get-session-question";
import type { ProgressUpdate, RunnerState } from "./types";

/** Progress and per-question evaluation statuses only (what the panel polls). */
export async function loadProgress(userId: number, sessionId: number): Promise<ProgressUpdate> {
  const interview = await getInterview(userId, sessionId);
  return { status: interview.status, progress: interview.progress, questions: interview.questions };
}

/** The session plus its current question; showing the question starts its clock. */
export async function loadRunnerState(userId: number, sessionId: number): Promise<RunnerState> {
  const interview = await getInterview(userId, sessionId);
  const currentId =
    interview.status === "in_progress" ? interview.current_question?.question_id : undefined;
  const q = currentId ? await getSessionQuestion(userId, sessionId, currentId) : null;
  return {
    session_id: interview.session_id,
    role: interview.role,
    difficulty: interview.difficulty,
    status: interview.status,
    total_questions: interview.total_questions,
    progress: interview.progress,
    questions: interview.questions,
    current: q
      ? {
          question_id: q.question_id,
          question_text: q.question_text,
          category: q.category,
          difficulty: q.difficulty,
          time_limit_seconds: q.time_limit_seconds,
          question_number: q.question_number,
          total_questions: q.total_questions,
          remaining_seconds: q.remaining_seconds,
          draft_text: q.draft_text,
          draft_saved_at: q.draft_saved_at,
        }
      : null,
  };
}
