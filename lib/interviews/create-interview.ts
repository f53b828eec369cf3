import { AppError } from "@/lib/errors";
import { selectQuestions } from "@/lib/questions/select-questions";
import { selectTailoredQuestions } from "@/lib/tailoring/select-tailored";
import { createInterviewSchema } from "@/lib/validations/interview";
import { parseInput } from "@/lib/validations/parse";
import { openSession } from "./open-session";

/**
 * POST /interviews: picks the questions and opens the session with its first question shown.
 * With a resume and / or a job description the session is tailored (lib/tailoring).
 */
export async function createInterview(userId: number, raw: unknown) {
  const input = parseInput(createInterviewSchema, raw);
  const { questions, tailoring } =
    input.resume_id != null || input.job_description_id != null
      ? await selectTailoredQuestions(userId, input)
      : { questions: await selectQuestions(userId, input), tailoring: null };
  if (questions.length === 0) {
    throw new AppError("SERVICE_UNAVAILABLE", "No questions are available for this selection");
  }
  return openSession(
    userId,
    { ...input, tailoring, timeLimitSeconds: input.time_limit_seconds ?? null },
    questions,
  );
}
