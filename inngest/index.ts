import { abandonStaleSessionsFn } from "./functions/abandon-stale-sessions";
import { evaluateAnswerFn } from "./functions/evaluate-answer";
import { finalizeSessionFn } from "./functions/finalize-session";
import { flushCacheMetricsFn } from "./functions/flush-cache-metrics";
import { recomputeLeaderboardsFn } from "./functions/recompute-leaderboards";
import { recoverEvaluationsFn } from "./functions/recover-evaluations";
import { recoverFinalizationFn } from "./functions/recover-finalization";
import { warmQuestionPoolsFn } from "./functions/warm-question-pools";

export const functions = [
  evaluateAnswerFn,
  finalizeSessionFn,
  recoverEvaluationsFn,
  flushCacheMetricsFn,
  warmQuestionPoolsFn,
  abandonStaleSessionsFn,
  recomputeLeaderboardsFn,
  recoverFinalizationFn,
];
