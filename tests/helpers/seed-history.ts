/**
 * Writes interview histories straight into the database (sessions, questions, answers, completed
 * evaluations with chosen dates), then summarises them with the real finalisation code, so tests
 * can assert hand-computed analytics, streak and achievement figures.
 */
import { db } from "@/lib/db/client";
import type { Difficulty, QuestionCategory, SessionStatus } from "@/lib/db/generated/enums";
import { finalizeSession } from "@/lib/summaries/finalize-session";
import { writeSessionSummary } from "@/lib/summaries/write-summary";

export interface SeedQuestion {
  category: QuestionCategory;
  /** Overall score of a completed evaluation (criteria default to this value, so overall = score). */
  score?: number;
  criteria?: {
    contentQuality: number;
    clarity: number;
    confidence: number;
    technicalAccuracy: number;
  };
  skipped?: boolean;
  /** Left pending: never reached (early completion). */
  notReached?: boolean;
  /** Answered, but its evaluation failed. */
  failed?: boolean;
  timeTaken?: number;
}

export interface SeedSession {
  endTime: Date;
  difficulty?: Difficulty;
  role?: string;
  status?: SessionStatus;
  questions: SeedQuestion[];
  /** "finalize" (default for completed sessions): summary + streak + achievements; "summary": summary row only. */
  summarise?: "finalize" | "summary" | "none";
}

const questionPool = new Map<QuestionCategory, number[]>();

async function questionIds(category: QuestionCategory): Promise<number[]> {
  let ids = questionPool.get(category);
  if (!ids) {
    ids = (
      await db.question.findMany({
        where: { category },
        select: { id: true },
        orderBy: { id: "asc" },
        take: 200,
      })
    ).map((q) => q.id);
    questionPool.set(category, ids);
  }
  return ids;
}

const ANSWER = "A seeded answer that is long enough to be stored in the answers table.";

export async function seedSession(userId: number, spec: SeedSession): Promise<number> {
  const status = spec.status ?? "completed";
  const start = new Date(spec.endTime.getTime() - 30 * 60_000);
  const categories = [...new Set(spec.questions.map((q) => q.category))];
  const session = await db.interviewSession.create({
    data: {
      userId,
      role: spec.role ?? "Software Engineer",
      difficulty: spec.difficulty ?? "Medium",
      categories,
      questionCount: spec.questions.length,
      status,
      startTime: start,
      endTime: status === "in_progress" ? null : spec.endTime,
      lastActivityAt: spec.endTime,
      createdAt: start,
    },
  });
  const used = new Map<QuestionCategory, number>();
  for (const [index, q] of spec.questions.entries()) {
    const pool = await questionIds(q.category);
    const n = used.get(q.category) ?? 0;
    used.set(q.category, n + 1);
    const questionId = pool[n % pool.length]!;
    const answered = !q.skipped && !q.notReached;
    let answerId: number | null = null;
    if (answered) {
      const criteria = q.criteria ?? {
        contentQuality: q.score ?? 0,
        clarity: q.score ?? 0,
        confidence: q.score ?? 0,
        technicalAccuracy: q.score ?? 0,
      };
      const overall =
        q.score ??
        Math.round(
          0.4 * criteria.contentQuality +
            0.2 * (criteria.clarity + criteria.confidence + criteria.technicalAccuracy),
        );
      const answer = await db.answer.create({
        data: {
          sessionId: session.id,
          questionId,
          answerText: ANSWER,
          answerHash: `seed-${session.id}-${index}`,
          timeTaken: q.timeTaken ?? 60,
          submittedAt: spec.endTime,
          evaluation: {
            create: q.failed
              ? { status: "failed", attempts: 3, error: "seeded failure" }
              : {
                  status: "completed",
                  attempts: 1,
                  provider: "builtin",
                  ...criteria,
                  overallScore: overall,
                  evaluatedAt: spec.endTime,
                },
          },
        },
      });
      answerId = answer.id;
    }
    await db.sessionQuestion.create({
      data: {
        sessionId: session.id,
        questionId,
        displayOrder: index + 1,
        answerId,
        status: q.skipped ? "skipped" : q.notReached ? "pending" : "answered",
        questionDisplayedAt: q.notReached ? null : start,
      },
    });
  }
  const mode = spec.summarise ?? (status === "completed" ? "finalize" : "none");
  if (status === "completed" && mode === "finalize") await finalizeSession(session.id);
  else if (status === "completed" && mode === "summary") await writeSessionSummary(session.id);
  return session.id;
}

/** A user row written directly (no password login needed). */
export async function seedUser(
  data: {
    timezone?: string;
    targetRole?: string | null;
    leaderboardOptOut?: boolean;
    name?: string;
  } = {},
): Promise<number> {
  const user = await db.user.create({
    data: {
      email: `seed-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
      passwordHash: "x",
      name: data.name ?? "Seeded User",
      timezone: data.timezone ?? "UTC",
      targetRole: data.targetRole ?? null,
      leaderboardOptOut: data.leaderboardOptOut ?? false,
    },
    select: { id: true },
  });
  return user.id;
}
