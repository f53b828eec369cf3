import { db } from "@/lib/db/client";
import type { Question } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { selectQuestions } from "@/lib/questions/select-questions";
import { selectTailoredQuestions } from "@/lib/tailoring/select-tailored";
import { createInterviewSchema, type CreateInterviewInput } from "@/lib/validations/interview";
import { parseInput } from "@/lib/validations/parse";
import type { Tailoring } from "@/lib/validations/tailoring";
import { toQuestionDto } from "./dto";

/**
 * POST /interviews: picks the questions and opens the session with its first question shown.
 * With a resume and / or a job description the session is tailored (lib/tailoring).
 */
export async function createInterview(userId: number, raw: unknown) {
  const input = parseInput(createInterviewSchema, raw);
  if (input.resume_id != null || input.job_description_id != null) {
    const { questions, tailoring } = await selectTailoredQuestions(userId, input);
    return openSession(userId, input, questions, tailoring);
  }
  return openSession(userId, input, await selectQuestions(userId, input), null);
}

async function openSession(
  userId: number,
  input: CreateInterviewInput,
  questions: Question[],
  tailoring: Tailoring | null,
) {
  if (questions.length === 0) {
    throw new AppError("SERVICE_UNAVAILABLE", "No questions are available for this selection");
  }
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
        ...(tailoring
          ? {
              resumeId: tailoring.resumeId,
              jobDescriptionId: tailoring.jobDescriptionId,
              tailoring,
            }
          : {}),
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
    tailoring,
    first_question: toQuestionDto(first, 1, questions.length),
  };
}
