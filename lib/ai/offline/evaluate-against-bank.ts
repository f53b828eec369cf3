import { setImmediate as nextTurn } from "node:timers/promises";
import { questionBank } from "@/lib/questions/bank/load";
import type { EvaluationInput, EvaluationResult } from "../types";
import { evaluateOffline, warmUp } from "./evaluator";
import { type OtherQuestion, prepareOtherQuestions } from "./evaluator/other-questions";

/** Bank questions prepared per turn of the event loop while warming (tens of milliseconds). */
const PREPARE_BATCH = 20;

let warmed: Promise<OtherQuestion[]> | undefined;

/**
 * Loads the evaluator and the bank's rubrics once per process, in small steps: several seconds of
 * CPU in all, and a process that evaluates on its request thread (no worker pool) must keep
 * answering requests, and finishing their transactions, meanwhile. Read on first use: the bank is
 * files, and importing this module must not touch the disk.
 */
export function warmBankEvaluator(): Promise<OtherQuestion[]> {
  warmed ??= (async () => {
    await warmUp();
    await nextTurn();
    const rubrics = questionBank().questions.map((q) => ({
      questionText: q.text,
      expectedAnswerPoints: q.points,
    }));
    for (let i = 0; i < rubrics.length; i += PREPARE_BATCH) {
      await nextTurn();
      prepareOtherQuestions(rubrics.slice(i, i + PREPARE_BATCH));
    }
    return rubrics;
  })().catch((error: unknown) => {
    warmed = undefined;
    throw error;
  });
  return warmed;
}

/**
 * The built-in evaluator with the bank as the set of questions an answer may really belong to (an
 * answer to another one is off-topic). The same in the request's thread and in a worker thread.
 */
export async function evaluateAgainstBank(input: EvaluationInput): Promise<EvaluationResult> {
  return evaluateOffline(input, await warmBankEvaluator());
}
