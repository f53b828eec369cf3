import { sealDraftText } from "@/lib/crypto/personal-columns";
import { db } from "@/lib/db/client";
import { saveDraftSchema } from "@/lib/validations/interview";
import { parseInput } from "@/lib/validations/parse";
import { checkTurn } from "./advance-session";

/**
 * PUT /interviews/{id}/drafts: auto-save of the answer being typed (last write wins). Only the
 * current question takes a draft: a later one is still locked (409), as it is for showing it.
 */
export async function saveDraft(userId: number, sessionId: number, raw: unknown) {
  const input = parseInput(saveDraftSchema, raw);
  await checkTurn(userId, sessionId, input.question_id);
  const now = new Date();
  const key = { sessionId_questionId: { sessionId, questionId: input.question_id } };
  const draftText = sealDraftText(input.draft_text, { sessionId, questionId: input.question_id });
  const draft = await db.answerDraft.upsert({
    where: key,
    create: {
      sessionId,
      questionId: input.question_id,
      draftText,
      lastSavedAt: now,
    },
    update: { draftText, lastSavedAt: now },
    select: { lastSavedAt: true },
  });
  await db.interviewSession.update({ where: { id: sessionId }, data: { lastActivityAt: now } });
  return {
    question_id: input.question_id,
    saved_at: draft.lastSavedAt.toISOString(),
    length: input.draft_text.length,
  };
}
