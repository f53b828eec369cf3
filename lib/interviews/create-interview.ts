import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { selectQuestions } from "@/lib/questions/select-questions";
import type { Question } from "@/lib/db/generated/client";
import { createInterviewSchema, type CreateInterviewInput } from "@/lib/validations/interview";
import { parseInput } from "@/lib/validations/parse";
import { toQuestionDto } from "./dto";

/** POST /interviews: picks the questions and opens the session with its first question shown. */
export async function createInterview(userId: number, raw: unknown) {
  const input = parseInput(createInterviewSchema, raw);
  const questions = await selectQuestions(userId, input);
  if (questions.length === 0) {
    throw new AppError("SERVICE_UNAVAILABLE", "No questions are available for this selection");
  }
  return openSession(userId, input, questions);
}

/** Opens a session over chosen questions, the first one on screen (also company sessions). */
export async function openSession(
  userId: number,
  input: Pick<CreateInterviewInput, "role" | "difficulty" | "categories">,
  questions: readonly Question[],
) {
  const now = new Date();
  const session = await db.$transaction(async (tx) => {
    const created = await tx.interviewSession.create({
      data: {
        userId,
        role: input.role,
        difficulty: input.difficulty,
        categories: input.categories,
        questionCount: questions.length,
        startTime: now,
        lastActivityAt: now,
      },
    });
    await tx.sessionQuestion.createMany({
      data: questions.map((q, i) => ({
        sessionId: created.id,
        questionId: q.id,
        displayOrder: i + 1,
        // The first question is on screen as soon as the session exists: its clock starts now.
        questionDisplayedAt: i === 0 ? now : null,
      })),
    });
    return created;
  });
  const first = questions[0]!;
  return {
    session_id: session.id,
    role: session.role,
    difficulty: session.difficulty,
    categories: session.categories,
    status: session.status,
    start_time: session.startTime.toISOString(),
    total_questions: questions.length,
    first_question: toQuestionDto(first, 1, questions.length),
  };
}
