// A worker thread of the evaluator pool: bundled to .cache/evaluator-worker.cjs by
// scripts/build-evaluator-worker.cjs, so it loads without the app's TypeScript toolchain.
import type { EvaluationInput, EvaluationResult } from "../../types";
import { evaluateAgainstBank } from "../evaluate-against-bank";
import { warmUp } from "../evaluator";

// Load the language model and word vectors while the thread starts, not on its first answer.
void warmUp();

export default function evaluate(input: EvaluationInput): Promise<EvaluationResult> {
  return evaluateAgainstBank(input);
}
