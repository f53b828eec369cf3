import { env } from "@/lib/env";
import { warmQuestionPools } from "@/lib/questions/warm-pools";
import { inngest } from "../client";

// Twice a day, when CACHE_WARM_ON_START is set: the L1 pools of common role/difficulty mixes.
export const warmQuestionPoolsFn = inngest.createFunction(
  { id: "warm-question-pools", triggers: [{ cron: "0 */12 * * *" }] },
  async ({ step }) =>
    env().CACHE_WARM_ON_START
      ? step.run("warm", () => warmQuestionPools())
      : { skipped: "CACHE_WARM_ON_START is off" },
);
