import { compareAttempts, type AttemptComparison } from "@/lib/attempts/compare";
import { MAX_ATTEMPTS } from "@/lib/attempts/retry-question";
import { db } from "@/lib/db/client";
import type { Answer, Evaluation, SessionStatus } from "@/lib/db/generated/client";
import { toEvaluationDto } from "@/lib/evaluations/evaluation-dto";
import { toFollowUpDto, type FollowUpDto } from "@/lib/follow-ups/follow-up-dto";
import { modelAnswerView, type ModelAnswerView } from "@/lib/questions/model-answer";

type AnswerRow = Answer & { evaluation: Evaluation | null };

function attemptView(a: AnswerRow, followUp: FollowUpDto | null) {
  return {
    answer_id: a.id,
    session_id: a.sessionId,
    attempt: a.attempt,
    submitted_at: a.submittedAt.toISOString(),
    answer_text: a.answerText,
    time_taken: a.timeTaken,
    evaluation_status: a.evaluation?.status ?? "pending",
    evaluation: a.evaluation ? toEvaluationDto(a.evaluation) : null,
    follow_up: followUp,
  };
}
export type AttemptView = ReturnType<typeof attemptView>;

/** The later of two evaluated attempts against the earlier, with the change per criterion. */
export interface AttemptChange extends AttemptComparison {
  from_answer_id: number;
  to_answer_id: number;
}

export interface QuestionPractice {
  /** This session's attempts in order (the session's own answer first). */
  attempts: AttemptView[];
  /** The latest attempt before this session (another session), when there is one. */
  earlier_attempt: AttemptView | null;
  /** Latest evaluated attempt against the one before it (here or earlier); null with fewer than two. */
  comparison: AttemptChange | null;
  model_answer: ModelAnswerView | null;
  can_retry: boolean;
}

export interface PracticeLines {
  follow_ups: { taken: number; answered: number; evaluated: number; average_score: number | null };
  retries: { questions: number; attempts: number; average_change: number | null };
  /** Follow-up and retry evaluations still running (the page keeps polling). */
  pending: number;
}

const scored = (v: AttemptView) =>
  v.evaluation_status === "completed" && v.evaluation?.scores ? v.evaluation : null;

function latestComparison(chain: AttemptView[]): AttemptChange | null {
  const evaluated = chain.filter((v) => scored(v));
  const after = evaluated[evaluated.length - 1];
  const before = evaluated[evaluated.length - 2];
  if (!after || !before) return null;
  const a = scored(after)!;
  const b = scored(before)!;
  return {
    from_answer_id: before.answer_id,
    to_answer_id: after.answer_id,
    ...compareAttempts(
      { scores: b.scores!, evidence: b.evidence },
      { scores: a.scores!, evidence: a.evidence },
    ),
  };
}

const mean = (xs: number[]) =>
  xs.length === 0 ? null : Math.round(xs.reduce((s, x) => s + x, 0) / xs.length);

/**
 * The practice loop around a session's questions: every attempt with its follow-up, the latest
 * earlier attempt from another session (review sessions, queued retries), the comparison, and
 * the model answer (only for questions attempted here). Plus the summary's separate lines for
 * follow-ups and retries, which never change the session's own score.
 */
export async function loadPracticeExtras(
  session: { id: number; userId: number; status: SessionStatus; startTime: Date },
  rows: readonly {
    questionId: number;
    status: string;
    question: Parameters<typeof modelAnswerView>[0];
  }[],
): Promise<{ byQuestion: Map<number, QuestionPractice>; lines: PracticeLines }> {
  const questionIds = rows.map((r) => r.questionId);
  const [answers, earlier] = await Promise.all([
    db.answer.findMany({
      where: { sessionId: session.id },
      orderBy: [{ questionId: "asc" }, { attempt: "asc" }],
      include: {
        evaluation: true,
        followUp: { include: { response: { include: { evaluation: true } } } },
      },
    }),
    db.answer.findMany({
      where: {
        questionId: { in: questionIds },
        kind: "answer",
        sessionId: { not: session.id },
        submittedAt: { lt: session.startTime },
        session: { userId: session.userId },
      },
      orderBy: [{ questionId: "asc" }, { submittedAt: "desc" }],
      distinct: ["questionId"],
      include: { evaluation: true },
    }),
  ]);

  const byQuestion = new Map<number, QuestionPractice>();
  const followUpScores: number[] = [];
  const changes: number[] = [];
  let taken = 0;
  let answered = 0;
  let pending = 0;
  let retriedQuestions = 0;
  let retryAttempts = 0;
  const inFlight = (s: string | undefined) => s === "pending" || s === "processing";

  for (const row of rows) {
    const own = answers.filter((a) => a.questionId === row.questionId && a.kind === "answer");
    const attempts = own.map((a) => {
      const f = a.followUp ? toFollowUpDto(a.followUp) : null;
      if (f) {
        taken++;
        if (f.answer) {
          answered++;
          if (inFlight(f.answer.evaluation_status)) pending++;
          const s = f.answer.evaluation?.scores?.overall_score;
          if (f.answer.evaluation_status === "completed" && typeof s === "number")
            followUpScores.push(s);
        }
      }
      if (a.attempt > 1 && inFlight(a.evaluation?.status)) pending++;
      return attemptView(a, f);
    });
    const previous = earlier.find((a) => a.questionId === row.questionId);
    const earlierView = previous ? attemptView(previous, null) : null;
    const comparison = latestComparison(earlierView ? [earlierView, ...attempts] : attempts);
    if (attempts.length > 1) {
      retriedQuestions++;
      retryAttempts += attempts.length - 1;
    }
    if (comparison) changes.push(comparison.overall_change);
    byQuestion.set(row.questionId, {
      attempts,
      earlier_attempt: earlierView,
      comparison,
      model_answer: attempts.length > 0 ? modelAnswerView(row.question) : null,
      can_retry:
        session.status !== "in_progress" &&
        row.status === "answered" &&
        attempts.length < MAX_ATTEMPTS,
    });
  }
  return {
    byQuestion,
    lines: {
      follow_ups: {
        taken,
        answered,
        evaluated: followUpScores.length,
        average_score: mean(followUpScores),
      },
      retries: {
        questions: retriedQuestions,
        attempts: retryAttempts,
        average_change: mean(changes),
      },
      pending,
    },
  };
}
