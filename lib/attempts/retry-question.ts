import { sealAnswerText } from "@/lib/crypto/personal-columns";
import { answerHash } from "@/lib/answers/answer-hash";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { conflict, notFound } from "@/lib/errors";
import { loadOwnedSession } from "@/lib/interviews/load-session";
import { invalidateSessionCache } from "@/lib/interviews/session-cache";
import { emit } from "@/lib/jobs/emit";
import { retryAttemptSchema } from "@/lib/validations/practice";
import { parseInput } from "@/lib/validations/parse";

/** Attempts at one question within one session (the first answer included). */
export const MAX_ATTEMPTS = 5;

/**
 * POST /interviews/{id}/questions/{qid}/attempts: another attempt at a question answered in a
 * session that has ended. Every attempt is kept and evaluated like the first (the session's own
 * score stays that of the interview itself); the summary compares them.
 */
export async function retryQuestion(
  userId: number,
  sessionId: number,
  questionId: number,
  raw: unknown,
) {
  const input = parseInput(retryAttemptSchema, raw);
  const session = await loadOwnedSession(userId, sessionId);
  const item = await db.sessionQuestion.findUnique({
    where: { sessionId_questionId: { sessionId, questionId } },
    select: { status: true },
  });
  if (!item) throw notFound("Question");
  if (session.status === "in_progress")
    throw conflict("Questions can be retried once the session has ended");
  if (item.status !== "answered") throw conflict("Only an answered question can be retried");
  const last = await db.answer.findFirst({
    where: { sessionId, questionId, kind: "answer" },
    orderBy: { attempt: "desc" },
    select: { attempt: true },
  });
  const attempt = (last?.attempt ?? 0) + 1;
  if (attempt > MAX_ATTEMPTS)
    throw conflict(`At most ${MAX_ATTEMPTS} attempts per question in one session`);

  let created;
  try {
    created = await db.$transaction(async (tx) => {
      const answer = await tx.answer.create({
        data: {
          sessionId,
          questionId,
          kind: "answer",
          attempt,
          answerText: sealAnswerText(input.answer_text, {
            sessionId,
            questionId,
            kind: "answer",
            attempt,
          }),
          answerHash: answerHash(input.answer_text),
          timeTaken: input.time_taken ?? 0,
        },
        select: { id: true, submittedAt: true },
      });
      await tx.evaluation.create({ data: { answerId: answer.id, status: "pending" } });
      return answer;
    });
  } catch (error) {
    // Two retries raced for the same attempt number: the later one is told to look again.
    if (isUniqueViolation(error)) throw conflict("Another attempt was just submitted; reload");
    throw error;
  }
  await invalidateSessionCache(sessionId);
  await emit("interview/answer.submitted", { answer_id: created.id });
  return {
    answer_id: created.id,
    session_id: sessionId,
    question_id: questionId,
    attempt,
    submitted_at: created.submittedAt.toISOString(),
    evaluation_status: "pending" as const,
  };
}
