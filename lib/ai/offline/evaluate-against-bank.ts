import { questionBank } from "@/lib/questions/bank/load";
import type { EvaluationInput, EvaluationResult } from "../types";
import { evaluateOffline } from "./evaluator";
import type { OtherQuestion } from "./evaluator/other-questions";

// Read on first use: the bank is files, and importing this module must not touch the disk.
let bankRubrics: OtherQuestion[] | undefined;

/**
 * The built-in evaluator with the bank as the set of questions an answer may really belong to (an
 * answer to another one is off-topic). The same in the request's thread and in a worker thread.
 */
export function evaluateAgainstBank(input: EvaluationInput): Promise<EvaluationResult> {
  bankRubrics ??= questionBank().questions.map((q) => ({
    questionText: q.text,
    expectedAnswerPoints: q.points,
  }));
  return evaluateOffline(input, bankRubrics);
}
