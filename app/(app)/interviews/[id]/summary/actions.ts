"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { retryQuestion } from "@/lib/attempts/retry-question";
import { answerFollowUp, offerFollowUp } from "@/lib/follow-ups/follow-ups";
import { queueForReview } from "@/lib/review/review-queue";
import { getSessionSummary } from "@/lib/summaries/get-summary";
import { toId } from "@/lib/validations/id";

// GET (action) summary – polled until every evaluation is in and the summary is stored
export const getSummaryAction = authedAction(
  { id: "Interview session", from: (id) => `/interviews/${String(id)}/summary` },
  (user, sessionId) => getSessionSummary(user.id, sessionId),
);

// POST (action) follow-up – the one follow-up of an evaluated answer
export const takeFollowUpAction = authedAction({ id: "Answer" }, async (user, answerId) => {
  const { followUp } = await offerFollowUp(user.id, answerId);
  return followUp;
});

// POST (action) follow-up answer – evaluated in the background like any answer
export const answerFollowUpAction = authedAction(
  { id: "Follow-up" },
  (user, followUpId, answerText: string, timeTaken: number) =>
    answerFollowUp(user.id, followUpId, { answer_text: answerText, time_taken: timeTaken }),
);

// POST (action) attempt – retry an answered question of an ended session
export const retryQuestionAction = authedAction(
  { id: "Interview session", from: (id) => `/interviews/${String(id)}/summary` },
  (user, sessionId, questionId: number, answerText: string, timeTaken: number) =>
    retryQuestion(user.id, sessionId, toId(questionId, "Question"), {
      answer_text: answerText,
      time_taken: timeTaken,
    }),
);

// POST (action) review queue – the question comes back in the next review session
export const queueForReviewAction = authedAction({}, (user, questionId: number) =>
  queueForReview(user.id, { question_id: questionId }),
);
