import { notFound } from "@/lib/errors";
import { remainingSeconds, toQuestionDto } from "./dto";
import { sessionSnapshot } from "./session-cache";

/** GET /interviews/{id}: the session, its progress, and each question's state (texts of questions
 * not yet reached stay hidden, as in a real interview). Served from the L3 session cache. */
export async function getInterview(userId: number, sessionId: number) {
  const snapshot = await sessionSnapshot(sessionId);
  // Another user's session is indistinguishable from a missing one.
  if (!snapshot || snapshot.session.userId !== userId) throw notFound("Interview session");
  const { session, items } = snapshot;
  const total = items.length;
  const current =
    session.status === "in_progress" ? items.find((i) => i.status === "pending") : undefined;
  const questions = items.map((item) => {
    const revealed = item.status !== "pending" || item.id === current?.id;
    return {
      question_id: item.questionId,
      question_number: item.displayOrder,
      category: item.question.category,
      status: item.status,
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
          ),
        }
      : null,
    questions,
  };
}
