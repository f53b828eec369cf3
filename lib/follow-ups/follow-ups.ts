import { sealAnswerText, sealFollowUp } from "@/lib/crypto/personal-columns";
import { generateFollowUpQuestion } from "@/lib/ai/follow-up";
import { answerHash } from "@/lib/answers/answer-hash";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { conflict, notFound } from "@/lib/errors";
import { readExpectedPoints } from "@/lib/evaluations/expected-points";
import { invalidateSessionCache } from "@/lib/interviews/session-cache";
import { emit } from "@/lib/jobs/emit";
import { followUpAnswerSchema } from "@/lib/validations/practice";
import { parseInput } from "@/lib/validations/parse";
import { evidenceListSchema } from "@/lib/validations/stored-json";
import { chooseFollowUpFocus, offlineFollowUpPrompt } from "./focus";
import { toFollowUpDto } from "./follow-up-dto";

const withResponse = { response: { include: { evaluation: true } } } as const;

async function loadFollowUp(id: number) {
  return db.followUp.findUniqueOrThrow({ where: { id }, include: withResponse });
}

/**
 * POST /answers/{id}/follow-up: the one follow-up of an evaluated attempt. It probes the weakest
 * missed expected point (or asks for a concrete example when none was missed); a configured
 * provider words the question, else it is built from the point. Taking it again returns the same
 * follow-up (200 instead of 201).
 */
export async function offerFollowUp(userId: number, answerId: number) {
  const parent = await db.answer.findFirst({
    where: { id: answerId, session: { userId } },
    include: { question: true, evaluation: true, followUp: { select: { id: true } } },
  });
  if (!parent) throw notFound("Answer");
  if (parent.kind !== "answer") throw conflict("A follow-up answer has no follow-up of its own");
  if (parent.followUp)
    return { created: false, followUp: toFollowUpDto(await loadFollowUp(parent.followUp.id)) };
  if (parent.evaluation?.status !== "completed")
    throw conflict("A follow-up is available once the answer has been evaluated");

  const points = readExpectedPoints(parent.question.expectedAnswerPoints);
  const focus = chooseFollowUpFocus(points, evidenceListSchema.parse(parent.evaluation.evidence));
  if (!focus) throw conflict("This question has no expected points to follow up on");
  const generated = await generateFollowUpQuestion(
    {
      questionText: parent.question.questionText,
      answerText: parent.answerText,
      kind: focus.kind,
      point: focus.point,
    },
    env().AI_FOLLOW_UP_BUDGET_MS,
  );
  try {
    const created = await db.followUp.create({
      data: {
        parentAnswerId: parent.id,
        kind: focus.kind,
        pointIndex: focus.pointIndex,
        ...sealFollowUp(parent.id, {
          point: focus.point,
          prompt: generated?.question ?? offlineFollowUpPrompt(focus, parent.question.category),
        }),
        provider: generated?.provider ?? "builtin",
      },
      include: withResponse,
    });
    return { created: true, followUp: toFollowUpDto(created) };
  } catch (error) {
    // A concurrent request created it first: both callers get that one.
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.followUp.findUniqueOrThrow({
      where: { parentAnswerId: parent.id },
      include: withResponse,
    });
    return { created: false, followUp: toFollowUpDto(existing) };
  }
}

/** GET /follow-ups/{id}: the caller's follow-up with its answer and evaluation. */
export async function getFollowUp(userId: number, followUpId: number) {
  const f = await db.followUp.findFirst({
    where: { id: followUpId, parent: { session: { userId } } },
    include: withResponse,
  });
  if (!f) throw notFound("Follow-up");
  return toFollowUpDto(f);
}

/**
 * POST /follow-ups/{id}/answer: stores the answer to a follow-up with a pending evaluation (one
 * transaction) and sends it down the same evaluation pipeline as any answer; 409 when it has
 * already been answered.
 */
export async function answerFollowUp(userId: number, followUpId: number, raw: unknown) {
  const input = parseInput(followUpAnswerSchema, raw);
  const f = await db.followUp.findFirst({
    where: { id: followUpId, parent: { session: { userId } } },
    include: { parent: { select: { sessionId: true, questionId: true, attempt: true } } },
  });
  if (!f) throw notFound("Follow-up");
  if (f.responseAnswerId !== null) throw conflict("This follow-up has already been answered");
  const { parent } = f;
  let answerId: number;
  try {
    answerId = await db.$transaction(async (tx) => {
      const created = await tx.answer.create({
        data: {
          sessionId: parent.sessionId,
          questionId: parent.questionId,
          kind: "follow_up",
          attempt: parent.attempt,
          answerText: sealAnswerText(input.answer_text, {
            sessionId: parent.sessionId,
            questionId: parent.questionId,
            kind: "follow_up",
            attempt: parent.attempt,
          }),
          answerHash: answerHash(input.answer_text),
          timeTaken: input.time_taken ?? 0,
        },
        select: { id: true },
      });
      await tx.evaluation.create({ data: { answerId: created.id, status: "pending" } });
      const linked = await tx.followUp.updateMany({
        where: { id: f.id, responseAnswerId: null },
        data: { responseAnswerId: created.id },
      });
      if (linked.count !== 1) throw conflict("This follow-up has already been answered");
      return created.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("This follow-up has already been answered");
    throw error;
  }
  await invalidateSessionCache(parent.sessionId);
  // Read before the evaluation is queued: the response says what was stored (pending).
  const stored = toFollowUpDto(await loadFollowUp(f.id));
  await emit("interview/answer.submitted", { answer_id: answerId });
  return stored;
}
