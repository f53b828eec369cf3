import { byField } from "@/lib/evaluations/criteria";
import { overallScore } from "@/lib/evaluations/score";
import { parseStructured } from "../llm/json-output";
import { replyJsonSchema } from "../llm/reply-json-schema";
import type { LlmTask } from "../router";
import type { EvaluationInput, EvaluationResult } from "../types";
import { coverage, verifyEvidence } from "./evidence";
import { mergeFeedback } from "./feedback";
import { evaluationMessages } from "./prompt";
import { reconcileScores } from "./reconcile";
import { evaluationReplySchema } from "./schema";

export interface EvaluationTaskInput {
  input: EvaluationInput;
  /** The built-in evaluator's result: flags, fallback evidence and the reconciliation anchor. */
  builtin: EvaluationResult;
}

/** Answer evaluation by an LLM, turned into a result whose every score is backed by evidence. */
export const evaluationTask: LlmTask<EvaluationTaskInput, EvaluationResult> = {
  name: "evaluate_answer",
  messages: ({ input }) => evaluationMessages(input),
  jsonSchema: replyJsonSchema(evaluationReplySchema),
  parse(reply, { input, builtin }) {
    const parsed = parseStructured(reply, evaluationReplySchema);
    const evidence = verifyEvidence(
      input.expectedAnswerPoints,
      parsed.evidence,
      input.answerText,
      builtin.evidence,
    );
    const criteria = reconcileScores(
      byField(parsed.scores),
      builtin,
      coverage(evidence),
      builtin.flags,
    );
    return {
      ...criteria,
      // Property 12: never the model's arithmetic.
      overallScore: overallScore(criteria),
      ...mergeFeedback(parsed.feedback, builtin),
      evidence,
      star: builtin.star,
      flags: builtin.flags,
    };
  },
};
