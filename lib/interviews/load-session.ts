import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";

/**
 * The caller's session or 404 — another user's session is indistinguishable from a missing one,
 * so ids cannot be probed.
 */
export async function loadOwnedSession(userId: number, sessionId: number) {
  const session = await db.interviewSession.findFirst({ where: { id: sessionId, userId } });
  if (!session) throw notFound("Interview session");
  return session;
}

export function assertInProgress(session: { status: string }): void {
  if (session.status !== "in_progress") {
    throw new AppError("CONFLICT", `This session is ${session.status.replace("_", " ")}`);
  }
}
