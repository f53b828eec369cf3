import { evaluateAnswerById } from "@/lib/evaluations/run-evaluation";
import { inngest } from "../client";
import { answerSubmitted } from "../events";

// answer/submitted → evaluate the answer (the same body runs in-process without Inngest).
export const evaluateAnswerFn = inngest.createFunction(
  {
    id: "evaluate-answer",
    triggers: [answerSubmitted],
    retries: 3,
    concurrency: { limit: 10 },
  },
  async ({ event, step }) => {
    await step.run("evaluate-answer", () => evaluateAnswerById(event.data.answer_id));
    return { answer_id: event.data.answer_id };
  },
);
