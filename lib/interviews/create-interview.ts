import { AppError } from "@/lib/errors";
import { selectQuestions } from "@/lib/questions/select-questions";
import { createInterviewSchema } from "@/lib/validations/interview";
import { parseInput } from "@/lib/validations/parse";
import { openSession } from "./open-session";

/** POST /interviews: picks the questions and opens the session with its first question shown. */
export async function createInterview(userId: number, raw: unknown) {
  const input = parseInput(createInterviewSchema, raw);
  const questions = await selectQuestions(userId, input);
  if (questions.length === 0) {
    throw new AppError("SERVICE_UNAVAILABLE", "No questions are available for this selection");
  }
  return openSession(userId, input, questions);
}
