import { db } from "@/lib/db/client";
import type { Question } from "@/lib/db/generated/client";
import type { Difficulty, QuestionCategory, SessionOrigin } from "@/lib/db/generated/enums";
import type { Tailoring } from "@/lib/validations/tailoring";
import { toQuestionDto } from "./dto";
import { effectiveTimeLimit } from "./time-limit";

export interface SessionSettings {
  role: string;
  difficulty: Difficulty;
  categories: QuestionCategory[];
  origin?: SessionOrigin;
  /** A session tailored to a resume and / or a job description (lib/tailoring). */
  tailoring?: Tailoring | null;
  /** One limit for every question (0 = untimed); null or absent = each question's own. */
  timeLimitSeconds?: number | null;
}

/**
 * Opens a session over `questions` (at least one), in order, with the first one on screen: its
 * clock starts now. Returns the API's response to a created interview.
 */
export async function openSession(
  userId: number,
  settings: SessionSettings,
  questions: readonly Question[],
) {
  const now = new Date();
  const session = await db.$transaction(async (tx) => {
    const created = await tx.interviewSession.create({
      data: {
        userId,
        role: settings.role,
        difficulty: settings.difficulty,
        categories: settings.categories,
        questionCount: questions.length,
        origin: settings.origin ?? "practice",
        timeLimitSeconds: settings.timeLimitSeconds ?? null,
        startTime: now,
        lastActivityAt: now,
        ...(settings.tailoring
          ? {
              resumeId: settings.tailoring.resumeId,
              jobDescriptionId: settings.tailoring.jobDescriptionId,
              tailoring: settings.tailoring,
            }
          : {}),
      },
    });
    await tx.sessionQuestion.createMany({
      data: questions.map((q, i) => ({
        sessionId: created.id,
        questionId: q.id,
        displayOrder: i + 1,
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
    origin: session.origin,
    status: session.status,
    start_time: session.startTime.toISOString(),
    total_questions: questions.length,
    tailoring: settings.tailoring ?? null,
    time_limit_seconds: session.timeLimitSeconds,
    first_question: toQuestionDto(
      {
        ...first,
        timeLimitSeconds: effectiveTimeLimit(session.timeLimitSeconds, first.timeLimitSeconds),
      },
      1,
      questions.length,
    ),
  };
}
