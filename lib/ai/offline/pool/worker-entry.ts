// A worker thread of the evaluator pool: bundled to .cache/evaluator-worker.cjs by
// scripts/build-evaluator-worker.cjs, so it loads without the app's TypeScript toolchain.
import type { EvaluationInput, EvaluationResult } from "../../types";
import { evaluateAgainstBank, warmBankEvaluator } from "../evaluate-against-bank";

// Load the language model, word vectors and bank rubrics while the thread starts, not on its
// first answer (a failure here is reported by that answer instead).
warmBankEvaluator().catch(() => undefined);

export default function evaluate(input: EvaluationInput): Promise<EvaluationResult> {
  return evaluateAgainstBank(input);
}
