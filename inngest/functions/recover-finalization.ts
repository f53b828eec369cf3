import { recoverUnfinalizedSessions } from "@/lib/summaries/recover-finalization";
import { inngest } from "../client";

// Every 5 minutes: completed sessions whose summary/streak/achievements run was lost are
// finalised again (idempotent).
export const recoverFinalizationFn = inngest.createFunction(
  { id: "recover-finalization", triggers: [{ cron: "*/5 * * * *" }] },
  async ({ step }) => step.run("recover", () => recoverUnfinalizedSessions()),
);
