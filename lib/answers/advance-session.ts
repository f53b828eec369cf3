import type { DbTx } from "@/lib/db/client";

import { AppError, conflict, notFound } from "@/lib/errors";
import { ownedSnapshot } from "@/lib/interviews/get-interview";
import { assertInProgress } from "@/lib/interviews/load-session";
import type { SessionSnapshot } from "@/lib/interviews/session-cache";
import { startClock } from "@/lib/interviews/show-question";

type Item = SessionSnapshot["items"][number];

export const ALREADY_ANSWERED = "This question has already been answered";

/** A move about to be made: the question it closes and the one that comes next (if any). */
export interface PendingMove {
  snapshot: SessionSnapshot;
  item: Item;
  next: Item | null;
}

/**
 * Checks that `questionId` is the question to work on now (a submit, a skip, a draft) against the
 * cached session (L3), before anything is written: 404 for
 * another user's session or a question not in it, 409 for a question already closed, a session
 * no longer in progress or a question out of turn. Questions only ever go from pending to closed
 * and sessions from in progress to finished, so a cached view can only be behind in that one
 * direction; the transaction's conditional updates catch a race with another move.
 */
export async function checkTurn(
  userId: number,
  sessionId: number,
  questionId: number,
): Promise<PendingMove> {
  const snapshot = await ownedSnapshot(userId, sessionId);
  const index = snapshot.items.findIndex((i) => i.questionId === questionId);
  const item = snapshot.items[index];
  if (!item) throw notFound("Question");
  if (item.status !== "pending") throw conflict(ALREADY_ANSWERED);
  assertInProgress(snapshot.session);
  if (snapshot.items.slice(0, index).some((i) => i.status === "pending"))
    throw new AppError("CONFLICT", "Answer the current question first");
  const next = snapshot.items.slice(index + 1).find((i) => i.status === "pending") ?? null;
  return { snapshot, item, next };
}

/** How a question was closed; a skip may be one the clock made (its time ran out). */
export interface Outcome {
  status: "answered" | "skipped";
  answerId?: number;
  timedOut?: boolean;
}

/**
 * Inside the answer/skip transaction: closes the question, drops its draft, and either shows the
 * next question (its clock starts) or completes the session.
 */
export async function advanceSession(
  tx: DbTx,
  move: PendingMove,
  outcome: Outcome,
  now: Date,
): Promise<void> {
  const { snapshot, item, next } = move;
  const sessionId = snapshot.session.id;
  const closed = await tx.sessionQuestion.updateMany({
    where: { id: item.id, status: "pending" },
    data: {
      status: outcome.status,
      answerId: outcome.answerId ?? null,
      timedOut: outcome.timedOut ?? false,
    },
  });
  if (closed.count !== 1) throw conflict(ALREADY_ANSWERED);
  await tx.answerDraft.deleteMany({ where: { sessionId, questionId: item.questionId } });
  if (next) await startClock(tx, next.id, now);
  const moved = await tx.interviewSession.updateMany({
    where: { id: sessionId, status: "in_progress" },
    data: next
      ? { lastActivityAt: now }
      : { lastActivityAt: now, status: "completed", endTime: now },
  });
  if (moved.count !== 1) throw conflict("This session is no longer in progress");
}

/** The session as it is after the move (what the transaction wrote, without reading it back). */
export function afterMove(move: PendingMove, outcome: Outcome, now: Date): SessionSnapshot {
  const { snapshot, item, next } = move;
  const at = now.toISOString();
  return {
    session: next ? snapshot.session : { ...snapshot.session, status: "completed", endTime: at },
    items: snapshot.items.map((i) => {
      if (i.id === item.id)
        return {
          ...i,
          status: outcome.status,
          timedOut: outcome.timedOut ?? false,
          answer: outcome.answerId
            ? { id: outcome.answerId, evaluation: { status: "pending", overallScore: null } }
            : null,
        };
      if (i.id === next?.id) return { ...i, questionDisplayedAt: i.questionDisplayedAt ?? at };
      return i;
    }),
  };
}
