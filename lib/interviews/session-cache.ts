import { sessionKey, sessionVersionKey } from "@/lib/cache/keys";
import { bumpVersion, versionedReadThrough } from "@/lib/cache/layers";
import { db } from "@/lib/db/client";
import { effectiveTimeLimit } from "./time-limit";
import type {
  Difficulty,
  EvaluationStatus,
  QuestionCategory,
  SessionQuestionStatus,
  SessionStatus,
} from "@/lib/db/generated/enums";

/** A session and the state of each of its questions, as JSON (dates as ISO strings). */
export interface SessionSnapshot {
  session: {
    id: number;
    userId: number;
    role: string;
    difficulty: Difficulty;
    categories: QuestionCategory[];
    status: SessionStatus;
    startTime: string;
    endTime: string | null;
    /** The candidate's limit for every question (null: each question's own; 0: untimed). */
    timeLimitSeconds: number | null;
  };
  items: Array<{
    id: number;
    questionId: number;
    displayOrder: number;
    status: SessionQuestionStatus;
    questionDisplayedAt: string | null;
    timedOut: boolean;
    /** timeLimitSeconds: the limit it runs under in this session (0 = untimed). */
    question: {
      id: number;
      questionText: string;
      category: QuestionCategory;
      difficulty: Difficulty;
      timeLimitSeconds: number;
    };
    answer: {
      id: number;
      evaluation: { status: EvaluationStatus; overallScore: number | null } | null;
    } | null;
  }>;
}

async function loadSnapshot(sessionId: number): Promise<SessionSnapshot | null> {
  const session = await db.interviewSession.findUnique({ where: { id: sessionId } });
  if (!session) return null;
  const items = await db.sessionQuestion.findMany({
    where: { sessionId },
    orderBy: { displayOrder: "asc" },
    include: {
      question: {
        select: {
          id: true,
          questionText: true,
          category: true,
          difficulty: true,
          timeLimitSeconds: true,
        },
      },
      answer: {
        select: { id: true, evaluation: { select: { status: true, overallScore: true } } },
      },
    },
  });
  return {
    session: {
      id: session.id,
      userId: session.userId,
      role: session.role,
      difficulty: session.difficulty,
      categories: session.categories,
      status: session.status,
      startTime: session.startTime.toISOString(),
      endTime: session.endTime?.toISOString() ?? null,
      timeLimitSeconds: session.timeLimitSeconds,
    },
    items: items.map((i) => ({
      id: i.id,
      questionId: i.questionId,
      displayOrder: i.displayOrder,
      status: i.status,
      questionDisplayedAt: i.questionDisplayedAt?.toISOString() ?? null,
      timedOut: i.timedOut,
      question: {
        ...i.question,
        timeLimitSeconds: effectiveTimeLimit(session.timeLimitSeconds, i.question.timeLimitSeconds),
      },
      answer: i.answer,
    })),
  };
}

/**
 * L3: a session's data for 2 hours under `session:{id}`. Every write to the session, its
 * questions or its evaluations calls `invalidateSessionCache`; a version check makes sure a read
 * that raced such a write is never served after it.
 */
export function sessionSnapshot(sessionId: number): Promise<SessionSnapshot | null> {
  return versionedReadThrough(
    "L3_Sessions",
    sessionKey(sessionId),
    sessionVersionKey(sessionId),
    () => loadSnapshot(sessionId),
  );
}

export function invalidateSessionCache(sessionId: number): Promise<void> {
  return bumpVersion("L3_Sessions", sessionKey(sessionId), sessionVersionKey(sessionId));
}
