"use server";

import { requireUser } from "@/lib/auth/session";
import { toId } from "@/lib/validations/id";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { getSessionSummary, type SessionSummary } from "@/lib/summaries/get-summary";

// GET (action) summary – polled until every evaluation is in and the summary is stored
export async function getSummaryAction(sessionId: number): Promise<ActionResult<SessionSummary>> {
  return runAction(async () => {
    const user = await requireUser(`/interviews/${String(sessionId)}/summary`);
    return getSessionSummary(user.id, toId(sessionId, "Interview session"));
  });
}
