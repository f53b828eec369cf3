import { db, type DbTx } from "@/lib/db/client";

import { AppError, notFound } from "@/lib/errors";
import { remainingSeconds, toQuestionDto } from "./dto";
import { ownedSnapshot } from "./get-interview";
import { currentItem, runnerState, type RunnerState } from "./interview-view";
import { invalidateSessionCache, type SessionSnapshot } from "./session-cache";

/**
 * Starts a question's clock: only the first showing does (a concurrent one keeps the earlier
 * start). Returns whether this call started it. Also the step a submit or skip runs for the
 * question that comes next, inside its transaction.
 */
export async function startClock(
  tx: { sessionQuestion: Pick<DbTx["sessionQuestion"], "updateMany"> },
  itemId: number,
  now: Date,
): Promise<boolean> {
  const started = await tx.sessionQuestion.updateMany({
    where: { id: itemId, questionDisplayedAt: null },
    data: { questionDisplayedAt: now },
  });
  return started.count > 0;
}

/**
 * GET /interviews/{id}/questions/{qid}, the command "show this question": questions come one at
 * a time, so a later question stays locked (409) until the current one is answered or skipped.
 * Showing the current question starts its clock and counts as activity; its saved draft comes
 * along, and an answered question comes with its answer.
 */
export async function showQuestion(userId: number, sessionId: number, questionId: number) {
  return present(await ownedSnapshot(userId, sessionId), questionId);
}

/**
 * The runner as the page opens it (or re-syncs after a conflict): the session and its current
 * question, shown — so its clock starts — with its draft.
 */
export async function openRunner(userId: number, sessionId: number): Promise<RunnerState> {
  const snapshot = await ownedSnapshot(userId, sessionId);
  const current = currentItem(snapshot);
  if (!current) return runnerState(snapshot, null);
  const shown = await present(snapshot, current.questionId);
  const items = snapshot.items.map((i) =>
    i.id === current.id ? { ...i, questionDisplayedAt: shown.displayed_at } : i,
  );
  const draft =
    shown.draft_text !== null && shown.draft_saved_at !== null
      ? { text: shown.draft_text, savedAt: new Date(shown.draft_saved_at) }
      : null;
  return runnerState({ ...snapshot, items }, draft);
}

async function present(snapshot: SessionSnapshot, questionId: number) {
  const sessionId = snapshot.session.id;
  const item = snapshot.items.find((i) => i.questionId === questionId);
  if (!item) throw notFound("Question");
  const now = new Date();
  let displayedAt = item.questionDisplayedAt ? new Date(item.questionDisplayedAt) : null;
  let draft = null;
  if (item.status === "pending") {
    const current = currentItem(snapshot);
    if (current?.id !== item.id) {
      throw new AppError("CONFLICT", "Answer the current question first", {
        details: { current_question_id: current?.questionId ?? null },
      });
    }
    if (!displayedAt && (await startClock(db, item.id, now))) {
      displayedAt = now;
      await invalidateSessionCache(sessionId);
    }
    // A concurrent showing won the race: its start is the one that counts.
    displayedAt ??= (await db.sessionQuestion.findUniqueOrThrow({ where: { id: item.id } }))
      .questionDisplayedAt;
    draft = await db.answerDraft.findUnique({
      where: { sessionId_questionId: { sessionId, questionId } },
    });
  }
  const answer = item.answer
    ? await db.answer.findUnique({ where: { id: item.answer.id }, select: { answerText: true } })
    : null;
  await db.interviewSession.update({ where: { id: sessionId }, data: { lastActivityAt: now } });
  return {
    ...toQuestionDto(item.question, item.displayOrder, snapshot.items.length),
    status: item.status,
    displayed_at: displayedAt?.toISOString() ?? null,
    remaining_seconds: remainingSeconds(item.question.timeLimitSeconds, displayedAt, now),
    draft_text: draft?.draftText ?? null,
    draft_saved_at: draft?.lastSavedAt.toISOString() ?? null,
    answer_id: item.answer?.id ?? null,
    answer_text: answer?.answerText ?? null,
    evaluation_status: item.answer?.evaluation?.status ?? null,
  };
}
