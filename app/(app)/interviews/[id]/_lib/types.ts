import type { getInterview } from "@/lib/interviews/get-interview";
import type { getSessionQuestion } from "@/lib/interviews/get-session-question";

type Interview = Awaited<ReturnType<typeof getInterview>>;
type SessionQuestion = Awaited<ReturnType<typeof getSessionQuestion>>;

/** One row of the "your answers" panel. */
export type RunnerQuestion = Interview["questions"][number];

/** The question on screen, with its clock and saved draft. */
export type CurrentQuestion = Pick<
  SessionQuestion,
  | "question_id"
  | "question_text"
  | "category"
  | "difficulty"
  | "time_limit_seconds"
  | "question_number"
  | "total_questions"
  | "remaining_seconds"
  | "draft_text"
  | "draft_saved_at"
>;

/** What the runner page needs; also what actions send back after each move. */
export type RunnerState = Pick<
  Interview,
  "session_id" | "role" | "difficulty" | "status" | "total_questions" | "progress" | "questions"
> & { current: CurrentQuestion | null };

/** What polling refreshes (evaluation statuses), leaving the question on screen alone. */
export type ProgressUpdate = Pick<RunnerState, "status" | "progress" | "questions">;

export type MoveResult = {
  session_status: "in_progress" | "completed";
  /** The new state when the session goes on; null when it is over (go to the summary). */
  state: RunnerState | null;
};
