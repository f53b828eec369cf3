import { sealPersonalModelAnswer } from "@/lib/crypto/personal-columns";
import { generateModelAnswer } from "@/lib/ai/model-answer";
import { hasLlmProviders } from "@/lib/ai/router";
import { db } from "@/lib/db/client";
import type { Question } from "@/lib/db/generated/client";
import { readExpectedPoints } from "@/lib/evaluations/expected-points";

// A model answer is written once per question, in the background: the budget can be generous.
const MODEL_ANSWER_BUDGET_MS = 30_000;

/**
 * The model answer of a question as shown after an attempt (never before): the text and every
 * expected point marked as covered by it or not. Null when the question has none.
 */
export function modelAnswerView(
  question: Pick<Question, "modelAnswer" | "modelAnswerCovers" | "expectedAnswerPoints">,
) {
  if (!question.modelAnswer) return null;
  const covers = new Set(question.modelAnswerCovers);
  return {
    text: question.modelAnswer,
    points: readExpectedPoints(question.expectedAnswerPoints).map((point, i) => ({
      point,
      covered: covers.has(i),
    })),
  };
}
export type ModelAnswerView = NonNullable<ReturnType<typeof modelAnswerView>>;

/**
 * After an attempt at a question without a model answer (generated questions; bank questions
 * carry theirs): a configured provider writes one and it is stored with the question. Offline
 * nothing is written, the checklist is never glued into an "answer". Idempotent.
 */
export async function ensureModelAnswer(answerId: number): Promise<boolean> {
  if (!hasLlmProviders()) return false;
  const answer = await db.answer.findUnique({
    where: { id: answerId },
    select: { question: true },
  });
  const question = answer?.question;
  if (!question || question.modelAnswer) return false;
  const points = readExpectedPoints(question.expectedAnswerPoints);
  const generated = await generateModelAnswer(
    {
      questionText: question.questionText,
      category: question.category,
      role: question.role,
      expectedAnswerPoints: points,
    },
    MODEL_ANSWER_BUDGET_MS,
  );
  if (!generated) return false;
  const stored = await db.question.updateMany({
    where: { id: question.id, modelAnswer: null },
    data: {
      modelAnswer:
        question.source === "personal"
          ? sealPersonalModelAnswer(question.fingerprint, generated.answer.text)
          : generated.answer.text,
      modelAnswerCovers: generated.answer.covers,
    },
  });
  return stored.count === 1;
}
