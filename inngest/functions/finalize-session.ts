import { awardAchievements } from "@/lib/gamification/award-achievements";
import { updateStreakForSession } from "@/lib/gamification/update-streak";
import { markSessionFinalized, writeSessionSummary } from "@/lib/summaries/finalize-session";
import { inngest } from "../client";
import { sessionCompleted } from "../events";

// session/completed → summary → streak → achievements → finalised + analytics invalidated.
// Each step is idempotent and retried on its own; the same steps run in-process as
// finalizeSession() when Inngest is not configured.
export const finalizeSessionFn = inngest.createFunction(
  { id: "finalize-session", triggers: [sessionCompleted], retries: 3 },
  async ({ event, step }) => {
    const sessionId = event.data.session_id;
    const written = await step.run("write-summary", () => writeSessionSummary(sessionId));
    if (!written) return { session_id: sessionId, finalized: false };
    await step.run("update-streak", async () => {
      const state = await updateStreakForSession(sessionId);
      return state ? { current: state.current, longest: state.longest } : null;
    });
    const achievements = await step.run("award-achievements", () =>
      awardAchievements(written.userId, sessionId),
    );
    await step.run("mark-finalized", () => markSessionFinalized(sessionId, written.userId));
    return { session_id: sessionId, finalized: true, achievements };
  },
);
