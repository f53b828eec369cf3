import { abandonStaleSessions } from "@/lib/interviews/abandon-stale-sessions";
import { inngest } from "../client";

// Every 5 minutes: in-progress sessions idle for 2 hours become abandoned (idempotent; safe on
// many instances — rows are claimed with FOR UPDATE SKIP LOCKED).
export const abandonStaleSessionsFn = inngest.createFunction(
  { id: "abandon-stale-sessions", triggers: [{ cron: "*/5 * * * *" }] },
  async ({ step }) => step.run("abandon", () => abandonStaleSessions()),
);
