import { recomputeLeaderboards } from "@/lib/gamification/recompute-leaderboards";
import { inngest } from "../client";

// Every 10 minutes: rebuild the weekly and all-time leaderboards (one run at a time per board,
// under an advisory lock; a concurrent run waits and then rebuilds from fresher data).
export const recomputeLeaderboardsFn = inngest.createFunction(
  { id: "recompute-leaderboards", triggers: [{ cron: "*/10 * * * *" }], concurrency: { limit: 1 } },
  async ({ step }) => step.run("recompute", () => recomputeLeaderboards()),
);
