import { evaluationKey } from "@/lib/cache/keys";
import { cachedGet, cachedSet } from "@/lib/cache/layers";
import { env } from "@/lib/env";
import { ensureRequestContext } from "@/lib/request-context";
import { builtinProvider } from "../offline/builtin-provider";
import type { ProvidedEvaluation } from "../provider";
import { hasLlmProviders, routeTask } from "../router";
import { recordBuiltinUsage } from "../router/usage";
import type { EvaluationInput } from "../types";
import { rebaseEvidence } from "./evidence";
import { NO_LLM_FLAGS } from "./reconcile";
import { evaluationTask } from "./task";

const inputChars = (input: EvaluationInput) =>
  input.questionText.length + input.answerText.length + input.expectedAnswerPoints.join("").length;

/**
 * Scores one answer. With LLM providers configured: the L2 cache (same question, same
 * normalised answer), then the provider router, whose result is reconciled with the built-in
 * evaluator; the built-in evaluator alone when no provider is configured, none succeeds, or the
 * answer is gibberish or a non-answer. Only LLM results are cached: the built-in evaluator is
 * cheaper than a cache round trip and caching it would pin a fallback grade for a week.
 */
export function evaluateAnswer(input: EvaluationInput): Promise<ProvidedEvaluation> {
  return ensureRequestContext("eval", async () => {
    const llm = hasLlmProviders();
    const key = evaluationKey(input);
    if (llm) {
      const cached = await cachedGet<ProvidedEvaluation>("L2_Evaluations", key);
      if (cached) {
        const evidence = rebaseEvidence(cached.result.evidence, input.answerText);
        return { ...cached, result: { ...cached.result, evidence } };
      }
    }
    const started = performance.now();
    const builtin = await builtinProvider.evaluateAnswer(input);
    if (!llm || builtin.flags.some((f) => NO_LLM_FLAGS.includes(f))) {
      await recordBuiltinUsage(inputChars(input), performance.now() - started);
      return { result: builtin, provider: builtinProvider.name };
    }
    const routed = await routeTask(
      evaluationTask,
      { input, builtin },
      {
        budgetMs: env().AI_EVALUATION_BUDGET_MS,
        fallback: { run: () => Promise.resolve(builtin), characters: inputChars(input) },
      },
    );
    const provided: ProvidedEvaluation = routed
      ? { result: routed.value, provider: routed.provider }
      : { result: builtin, provider: builtinProvider.name };
    if (provided.provider !== builtinProvider.name) {
      await cachedSet("L2_Evaluations", key, provided);
    }
    return provided;
  });
}
