import { invalidateAnalytics } from "@/lib/analytics/cache";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loadOwnedSession } from "./load-session";
import { invalidateSessionCache } from "./session-cache";

/**
 * POST /interviews/{id}/abandon: give up a session. It gets no summary and counts towards no
 * score, streak or achievement (its answers' time still counts as practice time). Abandoning an
 * abandoned session is a no-op; a completed one cannot be abandoned (409).
 */
export async function abandonInterview(userId: number, sessionId: number) {
  const session = await loadOwnedSession(userId, sessionId);
  if (session.status === "in_progress") {
    const now = new Date();
    const done = await db.interviewSession.updateMany({
      where: { id: sessionId, userId, status: "in_progress" },
      data: { status: "abandoned", endTime: now, lastActivityAt: now },
    });
    if (done.count === 1) {
      await invalidateSessionCache(sessionId);
      await invalidateAnalytics(userId);
    }
  }
  const current = await loadOwnedSession(userId, sessionId);
  if (current.status !== "abandoned")
    throw new AppError("CONFLICT", `This session is ${current.status.replace("_", " ")}`);
  return {
    session_id: current.id,
    status: current.status,
    end_time: current.endTime?.toISOString() ?? null,
  };
}
