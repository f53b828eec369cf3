import type { EvaluationInput } from "@/lib/ai/types";
import type { Answer, FollowUp, Question } from "@/lib/db/generated/client";
import { readExpectedPoints } from "./expected-points";

/**
 * What an answer is scored against: its question and expected points; for the answer to a
 * follow-up, the follow-up's question and the one point it probes (same pipeline, same rules).
 */
export function evaluationInputOf(
  answer: Answer & { question: Question; followUpOf: FollowUp | null },
): EvaluationInput {
  const { question, followUpOf } = answer;
  return {
    questionText: followUpOf?.prompt ?? question.questionText,
    category: question.category,
    difficulty: question.difficulty,
    role: question.role,
    expectedAnswerPoints: followUpOf
      ? [followUpOf.point]
      : readExpectedPoints(question.expectedAnswerPoints),
    answerText: answer.answerText,
  };
}
