import { db } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/errors";
import { assertInProgress, loadOwnedSession } from "@/lib/interviews/load-session";
import { saveDraftSchema } from "@/lib/validations/interview";
import { parseInput } from "@/lib/validations/parse";

/** PUT /interviews/{id}/drafts: auto-save of the answer being typed (last write wins). */
export async function saveDraft(userId: number, sessionId: number, raw: unknown) {
  const input = parseInput(saveDraftSchema, raw);
  const session = await loadOwnedSession(userId, sessionId);
  assertInProgress(session);
  const item = await db.sessionQuestion.findUnique({
    where: { sessionId_questionId: { sessionId, questionId: input.question_id } },
    select: { status: true },
  });
  if (!item) throw notFound("Question");
  if (item.status !== "pending") throw conflict("This question has already been answered");
  const now = new Date();
  const draft = await db.answerDraft.upsert({
    where: { sessionId_questionId: { sessionId, questionId: input.question_id } },
    create: {
      sessionId,
      questionId: input.question_id,
      draftText: input.draft_text,
      lastSavedAt: now,
    },
    update: { draftText: input.draft_text, lastSavedAt: now },
  });
  await db.interviewSession.update({ where: { id: sessionId }, data: { lastActivityAt: now } });
  return {
    question_id: input.question_id,
    saved_at: draft.lastSavedAt.toISOString(),
    length: input.draft_text.length,
  };
}
