import { builtinProvider } from "@/lib/ai/offline/builtin-provider";
import type { EvaluationResult } from "@/lib/ai/types";
import { logger } from "@/lib/logger";
import { questionBank } from "@/lib/questions/bank/load";
import type { Difficulty, QuestionCategory } from "@/lib/validations/enums";

// A bank question every candidate recognises, and an answer of the kind candidates write: it
// covers some points and misses others. Only the answer is written here; its scores, evidence
// and feedback come from the built-in evaluator, the same one that grades real answers.
const SAMPLE_QUESTION_KEY = "backend-engineer/database-index-cost";
const SAMPLE_ANSWER =
  "An index is like the index at the back of a book: a separate structure, usually a B-tree, " +
  "so the database can jump to the matching rows instead of scanning the whole table. It makes " +
  "WHERE filters and joins on that column much faster. The downside is that every insert, " +
  "update or delete also has to update the index, so writes get slower. In one project, adding " +
  "an index on orders.customer_id took a report from 8 seconds to 40 milliseconds.";

export interface LandingSample {
  question: string;
  category: QuestionCategory;
  difficulty: Difficulty;
  answer: string;
  result: EvaluationResult;
}

let sample: Promise<LandingSample | null> | undefined;

async function evaluateSample(): Promise<LandingSample | null> {
  const q = questionBank().questions.find((b) => b.key === SAMPLE_QUESTION_KEY);
  if (!q) return null;
  const result = await builtinProvider.evaluateAnswer({
    questionText: q.text,
    category: q.category,
    difficulty: q.difficulty,
    role: q.role,
    expectedAnswerPoints: [...q.points],
    answerText: SAMPLE_ANSWER,
  });
  return {
    question: q.text,
    category: q.category,
    difficulty: q.difficulty,
    answer: SAMPLE_ANSWER,
    result,
  };
}

/**
 * The landing page's sample: a real evaluation by the built-in evaluator, computed on first use
 * and kept for the life of the process (the evaluator is deterministic). Null when the sample
 * question is not in the bank or the evaluation fails: the page then shows no sample.
 */
export function landingSample(): Promise<LandingSample | null> {
  sample ??= evaluateSample().catch((error: unknown) => {
    logger.warn("landing sample evaluation failed", { error: String(error) });
    sample = undefined;
    return null;
  });
  return sample;
}
