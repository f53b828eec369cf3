import type { AchievementType } from "@/lib/db/generated/enums";
import { awardAchievements } from "@/lib/gamification/award-achievements";
import { updateStreakForSession } from "@/lib/gamification/update-streak";
import { runDirectly, type StepRunner } from "@/lib/jobs/steps";
import { markSessionFinalized, writeSessionSummary, type WrittenSummary } from "./write-summary";

/** What the steps have produced so far (plain JSON: Inngest memoises each step's result). */
export interface Finalization {
  sessionId: number;
  summary: WrittenSummary | null;
  streak: { current: number; longest: number } | null;
  /** Achievements this run awarded (none when an earlier run already did). */
  achievements: AchievementType[];
}

interface FinalizationStep {
  id: string;
  /** The step's additions to the state, or null when there is nothing to finalise. */
  run: (state: Finalization) => Promise<Partial<Finalization> | null>;
}

function ownerOf(state: Finalization): number {
  if (!state.summary) throw new Error("finalisation step ran before write-summary");
  return state.summary.userId;
}

/**
 * A completed session's finalisation, in order: summary → streak → achievements → finalised
 * (analytics invalidated). Every step is idempotent, so the whole run may be repeated (duplicate
 * delivery, a retried evaluation, an Inngest step retry) and still leaves one summary, one streak
 * update and each achievement once. New steps are added here, and run both ways.
 */
export const FINALIZATION_STEPS: readonly FinalizationStep[] = [
  {
    id: "write-summary",
    run: async ({ sessionId }) => {
      const summary = await writeSessionSummary(sessionId);
      return summary ? { summary } : null;
    },
  },
  {
    id: "update-streak",
    run: async ({ sessionId }) => {
      const state = await updateStreakForSession(sessionId);
      return { streak: state ? { current: state.current, longest: state.longest } : null };
    },
  },
  {
    id: "award-achievements",
    run: async (state) => ({
      achievements: await awardAchievements(ownerOf(state), state.sessionId),
    }),
  },
  {
    id: "mark-finalized",
    run: async (state) => {
      await markSessionFinalized(state.sessionId, ownerOf(state));
      return {};
    },
  },
];

/**
 * Runs the finalisation steps through `step`: directly in-process, as durable steps on Inngest
 * (inngest/functions/event-functions.ts). Null when the session is not (or no longer) completed.
 */
export async function runFinalization(
  sessionId: number,
  step: StepRunner = runDirectly,
): Promise<Finalization | null> {
  let state: Finalization = { sessionId, summary: null, streak: null, achievements: [] };
  for (const { id, run } of FINALIZATION_STEPS) {
    const current = state;
    const update = await step(id, () => run(current));
    if (update === null) return null;
    state = { ...state, ...update };
  }
  return state;
}

/** The whole finalisation in this process (tests, scripts; the in-process runner uses the registry). */
export const finalizeSession = (sessionId: number) => runFinalization(sessionId);
