import type { Question } from "@/lib/db/generated/client";

/** A question as the candidate sees it (no expected points: those would give the answer away). */
export function toQuestionDto(
  question: Pick<Question, "id" | "questionText" | "category" | "difficulty" | "timeLimitSeconds">,
  questionNumber: number,
  totalQuestions: number,
) {
  return {
    question_id: question.id,
    question_text: question.questionText,
    category: question.category,
    difficulty: question.difficulty,
    /** null: untimed practice. */
    time_limit_seconds: question.timeLimitSeconds > 0 ? question.timeLimitSeconds : null,
    question_number: questionNumber,
    total_questions: totalQuestions,
  };
}
export type QuestionDto = ReturnType<typeof toQuestionDto>;

/**
 * Seconds left on a question's clock (never negative); the full limit before it is shown; null
 * when it is untimed (a limit of 0).
 */
export function remainingSeconds(
  timeLimitSeconds: number,
  displayedAt: Date | null,
  now: Date = new Date(),
): number | null {
  if (timeLimitSeconds <= 0) return null;
  if (!displayedAt) return timeLimitSeconds;
  const elapsed = Math.floor((now.getTime() - displayedAt.getTime()) / 1000);
  return Math.max(0, timeLimitSeconds - elapsed);
}
