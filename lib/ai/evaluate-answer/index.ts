import { evaluationKey } from "@/lib/cache/keys";
import { cachedGet, cachedSet } from "@/lib/cache/layers";
import { env } from "@/lib/env";
import { ensureRequestContext } from "@/lib/request-context";
import { builtinProvider } from "../offline/builtin-provider";
import type { ProvidedEvaluation, SecondOpinion } from "../provider";
import { hasLlmProviders, routeTask } from "../router";
import { recordBuiltinUsage } from "../router/usage";
import type { EvaluationInput, EvaluationResult } from "../types";
import { assessConfidence, confidenceLevel } from "./confidence";
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
  return ensureRequestContext("eval", () => gradeAnswer(input));
}

/**
 * Attaches how sure the grade is. A low-confidence grade gets a second opinion from the other
 * grader: another configured model when there is one, else the built-in evaluator (for a model's
 * grade); their disagreement is recorded and counts in the confidence.
 */
async function withConfidence(
  input: EvaluationInput,
  provided: ProvidedEvaluation,
  builtin: EvaluationResult,
  llm: boolean,
): Promise<ProvidedEvaluation> {
  const { result, provider } = provided;
  const fromModel = provider !== builtinProvider.name;
  const first = assessConfidence(input.answerText, result);
  if (!llm || confidenceLevel(first.score) !== "low" || !fromModel)
    return { ...provided, confidence: first, secondOpinion: null };
  const other = await routeTask(
    evaluationTask,
    { input, builtin },
    { budgetMs: env().AI_EVALUATION_BUDGET_MS, exclude: [provider] },
  );
  const second = other
    ? { provider: other.provider, result: other.value }
    : { provider: builtinProvider.name, result: builtin };
  const secondOpinion: SecondOpinion = {
    provider: second.provider,
    overallScore: second.result.overallScore,
    disagreement: Math.abs(result.overallScore - second.result.overallScore),
  };
  return {
    ...provided,
    confidence: assessConfidence(input.answerText, result, second.result),
    secondOpinion,
  };
}

async function gradeAnswer(input: EvaluationInput): Promise<ProvidedEvaluation> {
  const llm = hasLlmProviders();
  const key = evaluationKey(input);
  if (llm) {
    const cached = await cachedGet<ProvidedEvaluation>("L2_Evaluations", key);
    if (cached) {
      const evidence = rebaseEvidence(cached.result.evidence, input.answerText);
      const result = { ...cached.result, evidence };
      return {
        ...cached,
        result,
        confidence: cached.confidence ?? assessConfidence(input.answerText, result),
        secondOpinion: cached.secondOpinion ?? null,
      };
    }
  }
  const started = performance.now();
  const builtin = await builtinProvider.evaluateAnswer(input);
  if (!llm || builtin.flags.some((f) => NO_LLM_FLAGS.includes(f))) {
    await recordBuiltinUsage(inputChars(input), performance.now() - started);
    return withConfidence(
      input,
      { result: builtin, provider: builtinProvider.name },
      builtin,
      false,
    );
  }
  const routed = await routeTask(
    evaluationTask,
    { input, builtin },
    {
      budgetMs: env().AI_EVALUATION_BUDGET_MS,
      fallback: { run: () => Promise.resolve(builtin), characters: inputChars(input) },
    },
  );
  const provided = await withConfidence(
    input,
    routed
      ? { result: routed.value, provider: routed.provider }
      : { result: builtin, provider: builtinProvider.name },
    builtin,
    llm,
  );
  if (provided.provider !== builtinProvider.name) {
    await cachedSet("L2_Evaluations", key, provided);
  }
  return provided;
}
