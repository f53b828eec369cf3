import { remainingSeconds, toQuestionDto } from "./dto";
import type { SessionSnapshot } from "./session-cache";

type Item = SessionSnapshot["items"][number];

/** The question the candidate is on: the first pending one while the session is in progress. */
export function currentItem(snapshot: SessionSnapshot): Item | undefined {
  return snapshot.session.status === "in_progress"
    ? snapshot.items.find((i) => i.status === "pending")
    : undefined;
}

/**
 * A session, its progress and each question's state, as GET /interviews/{id} returns it and the
 * runner shows it (texts of questions not yet reached stay hidden, as in a real interview).
 */
export function interviewView(snapshot: SessionSnapshot, now: Date = new Date()) {
  const { session, items } = snapshot;
  const total = items.length;
  const current = currentItem(snapshot);
  const questions = items.map((item) => {
    const revealed = item.status !== "pending" || item.id === current?.id;
    return {
      question_id: item.questionId,
      question_number: item.displayOrder,
      category: item.question.category,
      status: item.status,
      timed_out: item.timedOut ?? false,
      question_text: revealed ? item.question.questionText : null,
      answer_id: item.answer?.id ?? null,
      evaluation_status: item.answer?.evaluation?.status ?? null,
      overall_score: item.answer?.evaluation?.overallScore ?? null,
    };
  });
  const count = (status: string) => items.filter((i) => i.status === status).length;
  const evaluated = items.filter((i) => i.answer?.evaluation?.status === "completed").length;
  const evaluationsPending = items.filter((i) => {
    const s = i.answer?.evaluation?.status;
    return s === "pending" || s === "processing";
  }).length;
  return {
    session_id: session.id,
    role: session.role,
    difficulty: session.difficulty,
    categories: session.categories,
    status: session.status,
    start_time: session.startTime,
    end_time: session.endTime,
    total_questions: total,
    progress: {
      answered: count("answered"),
      skipped: count("skipped"),
      remaining: count("pending"),
      evaluated,
      evaluations_pending: evaluationsPending,
    },
    current_question: current
      ? {
          ...toQuestionDto(current.question, current.displayOrder, total),
          remaining_seconds: remainingSeconds(
            current.question.timeLimitSeconds,
            current.questionDisplayedAt ? new Date(current.questionDisplayedAt) : null,
            now,
          ),
        }
      : null,
    questions,
  };
}
type InterviewView = ReturnType<typeof interviewView>;

/** One row of the runner's "your answers" panel. */
export type RunnerQuestion = InterviewView["questions"][number];

/** The question on screen, with its clock and saved draft. */
export type CurrentQuestion = NonNullable<InterviewView["current_question"]> & {
  draft_text: string | null;
  draft_saved_at: string | null;
};

/** What the runner page shows; also what a submit or skip returns when the session goes on. */
export type RunnerState = Pick<
  InterviewView,
  "session_id" | "role" | "difficulty" | "status" | "total_questions" | "progress" | "questions"
> & { current: CurrentQuestion | null };

/** What polling refreshes (evaluation statuses), leaving the question on screen alone. */
export type ProgressUpdate = Pick<RunnerState, "status" | "progress" | "questions">;

/** The runner's state for a snapshot whose current question (if any) has `draft`. */
export function runnerState(
  snapshot: SessionSnapshot,
  draft: { text: string; savedAt: Date } | null,
  now: Date = new Date(),
): RunnerState {
  const view = interviewView(snapshot, now);
  return {
    session_id: view.session_id,
    role: view.role,
    difficulty: view.difficulty,
    status: view.status,
    total_questions: view.total_questions,
    progress: view.progress,
    questions: view.questions,
    current: view.current_question
      ? {
          ...view.current_question,
          draft_text: draft?.text ?? null,
          draft_saved_at: draft?.savedAt.toISOString() ?? null,
        }
      : null,
  };
}
