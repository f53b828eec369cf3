import { db } from "@/lib/db/client";
import { readDelivery } from "./answer-delivery";
import { AppError, notFound } from "@/lib/errors";
import { emit } from "@/lib/jobs/emit";
import { announceEvaluation } from "@/lib/evaluations/announce-evaluation";
import { toEvaluationDto } from "@/lib/evaluations/evaluation-dto";
import { invalidateSessionCache } from "@/lib/interviews/session-cache";
import { modelAnswerView } from "@/lib/questions/model-answer";

async function loadOwnedAnswer(userId: number, answerId: number) {
  const answer = await db.answer.findFirst({
    where: { id: answerId, session: { userId } },
    include: {
      evaluation: true,
      question: true,
      followUp: { select: { id: true } },
      followUpOf: { select: { id: true, prompt: true } },
    },
  });
  if (!answer) throw notFound("Answer");
  return answer;
}

/** GET /answers/{id}: the answer with its evaluation status and, once done, the evaluation. */
export async function getAnswer(userId: number, answerId: number) {
  const answer = await loadOwnedAnswer(userId, answerId);
  return {
    answer_id: answer.id,
    session_id: answer.sessionId,
    question_id: answer.questionId,
    question_text: answer.question.questionText,
    category: answer.question.category,
    answer_text: answer.answerText,
    time_taken: answer.timeTaken,
    delivery: readDelivery(answer.delivery),
    submitted_at: answer.submittedAt.toISOString(),
    evaluation_status: answer.evaluation?.status ?? "pending",
    evaluation: answer.evaluation ? toEvaluationDto(answer.evaluation) : null,
    kind: answer.kind,
    attempt: answer.attempt,
    /** The follow-up this answer responds to (its question), or the one taken after it. */
    follow_up_of: answer.followUpOf
      ? { follow_up_id: answer.followUpOf.id, prompt: answer.followUpOf.prompt }
      : null,
    follow_up_id: answer.followUp?.id ?? null,
    // Shown only once there is an attempt, which an answer is.
    model_answer: modelAnswerView(answer.question),
  };
}

/** POST /answers/{id}/retry: re-queues an evaluation that failed for good. */
export async function retryEvaluation(userId: number, answerId: number) {
  const answer = await loadOwnedAnswer(userId, answerId);
  const reset = await db.evaluation.updateMany({
    where: { answerId: answer.id, status: "failed" },
    data: { status: "pending", attempts: 0, error: null },
  });
  if (reset.count !== 1) {
    throw new AppError("CONFLICT", "Only a failed evaluation can be retried");
  }
  await invalidateSessionCache(answer.sessionId);
  await announceEvaluation(answer.id);
  await emit("interview/evaluation.retry-requested", { answer_id: answer.id });
  return { answer_id: answer.id, evaluation_status: "pending" as const };
}
