"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { getSessionSummary } from "@/lib/summaries/get-summary";

// GET (action) summary – polled until every evaluation is in and the summary is stored
export const getSummaryAction = authedAction(
  { id: "Interview session", from: (id) => `/interviews/${String(id)}/summary` },
  (user, sessionId) => getSessionSummary(user.id, sessionId),
);
