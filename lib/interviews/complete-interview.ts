import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { summariseWhenSettled } from "@/lib/summaries/settle";
import { loadOwnedSession } from "./load-session";
import { invalidateSessionCache } from "./session-cache";

async function progressCounts(sessionId: number) {
  const rows = await db.sessionQuestion.groupBy({
    by: ["status"],
    where: { sessionId },
    _count: { _all: true },
  });
  const n = (status: string) => rows.find((r) => r.status === status)?._count._all ?? 0;
  return { answered: n("answered"), skipped: n("skipped"), not_reached: n("pending") };
}

/**
 * POST /interviews/{id}/complete: finish a session early. Questions not reached stay pending and
 * are left out of the score; questions skipped explicitly count as 0; answers still being
 * evaluated are waited for before the summary is written. Needs at least one answered or skipped
 * question (otherwise abandon the session). Completing a completed session is a no-op.
 */
export async function completeInterview(userId: number, sessionId: number) {
  const session = await loadOwnedSession(userId, sessionId);
  if (session.status === "abandoned") throw new AppError("CONFLICT", "This session was abandoned");
  if (session.status === "in_progress") {
    const counts = await progressCounts(sessionId);
    if (counts.answered + counts.skipped === 0) {
      throw new AppError(
        "CONFLICT",
        "Answer or skip at least one question before finishing, or abandon the session",
      );
    }
    const now = new Date();
    // Atomic against a concurrent answer: whichever commits first wins, the other gets a 409.
    const finished = await db.interviewSession.updateMany({
      where: { id: sessionId, userId, status: "in_progress" },
      data: { status: "completed", endTime: now, lastActivityAt: now },
    });
    if (finished.count === 1) {
      // Drafts of questions never reached are of no further use.
      await db.answerDraft.deleteMany({ where: { sessionId } });
      await invalidateSessionCache(sessionId);
      await summariseWhenSettled(sessionId);
    }
  }
  const current = await loadOwnedSession(userId, sessionId);
  if (current.status !== "completed")
    throw new AppError("CONFLICT", `This session is ${current.status.replace("_", " ")}`);
  return {
    session_id: current.id,
    status: current.status,
    end_time: current.endTime?.toISOString() ?? null,
    ...(await progressCounts(sessionId)),
  };
}
