import { runAgentExecution } from "@/lib/agents/executions";
import { adaptStudyPlanAfterSession } from "@/lib/agents/study-plan/adapt";
import { evaluateAnswerById } from "@/lib/evaluations/run-evaluation";
import { ensureModelAnswer } from "@/lib/questions/model-answer";
import { processResume } from "@/lib/resumes/process-resume";
import { recordReviewOutcome } from "@/lib/review/record-outcome";
import { runFinalization } from "@/lib/summaries/finalize-session";
import type { EventData, EventName } from "./events";
import type { StepRunner } from "./steps";

export interface EventHandler<N extends EventName> {
  /** The Inngest function's id (keep it stable: renaming it orphans runs in flight). */
  id: string;
  /** Retries after the first attempt, in-process and on Inngest alike. */
  retries: 0 | 1 | 2 | 3 | 4 | 5;
  /** At most this many runs at once on Inngest (in-process, the queue bounds concurrency). */
  concurrency?: number;
  /** The work, as named steps (see StepRunner). Idempotent: deliveries may repeat. */
  run: (data: EventData<N>, step: StepRunner) => Promise<unknown>;
}

type AnswerEvent = "interview/answer.submitted" | "interview/evaluation.retry-requested";

const evaluate = <N extends AnswerEvent>(id: string): EventHandler<N> => ({
  id,
  retries: 3,
  concurrency: 10,
  run: async ({ answer_id }, step) => {
    await step("evaluate-answer", () => evaluateAnswerById(answer_id));
    // Then the practice loop: a weak answer's question joins the review queue (a good one moves
    // it along), and a question without a model answer gets one from a configured provider.
    await step("schedule-review", () => recordReviewOutcome(answer_id));
    await step("model-answer", () => ensureModelAnswer(answer_id));
    return { answer_id };
  },
});

/**
 * Who handles each event: the one table the in-process runner (in-process-runner.ts) and the
 * Inngest functions (inngest/functions/event-functions.ts) are both built from. A new pipeline
 * adds its event to events.ts and its handler here; emit() never imports this module.
 */
export const EVENT_HANDLERS: { [N in EventName]: EventHandler<N> } = {
  "interview/answer.submitted": evaluate("evaluate-answer"),
  "interview/evaluation.retry-requested": evaluate("retry-evaluation"),
  "interview/session.completed": {
    id: "finalize-session",
    retries: 3,
    run: async ({ session_id }, step) => {
      const done = await runFinalization(session_id, step);
      // The study plan adapts to the new scores (a re-plan is queued when the user has a plan).
      if (done !== null)
        await step("adapt-study-plan", () => adaptStudyPlanAfterSession(session_id));
      return { session_id, finalized: done !== null, achievements: done?.achievements ?? [] };
    },
  },
  "resume/resume.uploaded": {
    id: "process-resume",
    retries: 2,
    concurrency: 4,
    run: ({ resume_id }, step) => processResume(resume_id, step),
  },
  "agent/run.requested": {
    id: "run-agent",
    // The run itself never throws for an agent's failure (it is stored as failed); a retry only
    // covers the database being away, and the claim makes a repeat harmless.
    retries: 2,
    concurrency: 4,
    run: ({ execution_id }, step) => step("run-agent", () => runAgentExecution(execution_id)),
  },
};
