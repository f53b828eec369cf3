import { evaluateAnswer } from "@/lib/ai/evaluate-answer";
import { sealEvaluationText } from "@/lib/crypto/personal-columns";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { invalidateSessionCache } from "@/lib/interviews/session-cache";
import { logger } from "@/lib/logger";
import { requestContext, withRequestContext } from "@/lib/request-context";
import { summariseWhenSettled } from "@/lib/summaries/settle";
import { announceEvaluation } from "./announce-evaluation";
import { evaluationInputOf } from "./evaluation-input";
import { overallScore } from "./score";

export const MAX_EVALUATION_ATTEMPTS = 3;
const LEASE_SECONDS = 120;

/**
 * Takes the evaluation of an answer for this worker: pending, or processing with an expired
 * lease (its worker died). One UPDATE, so two workers can never both win.
 */
async function claim(answerId: number): Promise<{ id: number; attempts: number } | null> {
  const rows = await db.$queryRaw<{ id: number; attempts: number }[]>`
    UPDATE "evaluations"
    SET "status" = 'processing', "attempts" = "attempts" + 1,
        "lease_until" = now() + make_interval(secs => ${LEASE_SECONDS}::int), "updated_at" = now()
    WHERE "answer_id" = ${answerId}
      AND ("status" = 'pending' OR ("status" = 'processing' AND "lease_until" < now()))
    RETURNING "id", "attempts"`;
  return rows[0] ?? null;
}

/**
 * Evaluates one answer and stores the result in its evaluation row. Idempotent: a second
 * delivery finds nothing to claim. Throws when another attempt should follow (the caller's
 * queue retries); after the last attempt the row is marked failed and can be retried by the user.
 */
export function evaluateAnswerById(answerId: number): Promise<void> {
  // Provider decisions log the answer id, and the request id of the submission when there was one.
  const requestId = requestContext()?.requestId ?? `job_evaluate_${answerId}`;
  return withRequestContext({ requestId, answerId }, () => evaluate(answerId));
}

async function evaluate(answerId: number): Promise<void> {
  const claimed = await claim(answerId);
  if (!claimed) return;
  await announceEvaluation(answerId);
  const fence = { id: claimed.id, status: "processing" as const, attempts: claimed.attempts };
  const answer = await db.answer.findUniqueOrThrow({
    where: { id: answerId },
    include: { question: true, followUpOf: true },
  });
  await invalidateSessionCache(answer.sessionId);
  // Only the session's own answers make its summary; retries and follow-ups are shown live.
  const countsInSummary = answer.kind === "answer" && answer.attempt === 1;
  try {
    const { result, provider, confidence, secondOpinion } = await evaluateAnswer(
      evaluationInputOf(answer),
    );
    const sealedFeedback = sealEvaluationText(answerId, result);
    const stored = await db.evaluation.updateMany({
      where: fence,
      data: {
        status: "completed",
        provider,
        error: null,
        leaseUntil: null,
        contentQuality: result.contentQuality,
        clarity: result.clarity,
        confidence: result.confidence,
        technicalAccuracy: result.technicalAccuracy,
        // Never trust a provider's arithmetic (property 12).
        overallScore: overallScore(result),
        // Feedback and evidence quote the answer: sealed like it (lib/db/open-sealed.ts opens them).
        ...sealedFeedback,
        star: sealedFeedback.star ?? Prisma.DbNull,
        flags: result.flags,
        graderConfidence: confidence?.score ?? null,
        confidenceReasons: confidence?.reasons ?? [],
        secondOpinion: secondOpinion
          ? (secondOpinion as unknown as Prisma.InputJsonObject)
          : Prisma.DbNull,
        evaluatedAt: new Date(),
      },
    });
    await invalidateSessionCache(answer.sessionId);
    if (stored.count === 1) await announceEvaluation(answerId);
    if (stored.count === 1 && countsInSummary) await summariseWhenSettled(answer.sessionId);
  } catch (error) {
    const final = claimed.attempts >= MAX_EVALUATION_ATTEMPTS;
    const message = error instanceof Error ? error.message : String(error);
    await db.evaluation.updateMany({
      where: fence,
      data: {
        status: final ? "failed" : "pending",
        error: message.slice(0, 1000),
        leaseUntil: null,
      },
    });
    await invalidateSessionCache(answer.sessionId);
    await announceEvaluation(answerId);
    logger.warn("evaluation attempt failed", {
      answer_id: answerId,
      attempt: claimed.attempts,
      final,
      error: message,
    });
    if (final && countsInSummary) await summariseWhenSettled(answer.sessionId);
    else throw error;
  }
}
