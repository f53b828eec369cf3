import { recoverStaleEvaluations } from "@/lib/evaluations/recover";
import { inngest } from "../client";

// Every 5 minutes: re-dispatch evaluations whose event was lost or whose worker died.
export const recoverEvaluationsFn = inngest.createFunction(
  { id: "recover-evaluations", triggers: [{ cron: "*/5 * * * *" }] },
  async ({ step }) => step.run("recover", () => recoverStaleEvaluations()),
);
