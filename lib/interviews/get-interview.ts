import { notFound } from "@/lib/errors";
import { interviewView, type ProgressUpdate } from "./interview-view";
import { sessionSnapshot, type SessionSnapshot } from "./session-cache";

/** The caller's session from the L3 cache; another user's is indistinguishable from a missing one. */
export async function ownedSnapshot(userId: number, sessionId: number): Promise<SessionSnapshot> {
  const snapshot = await sessionSnapshot(sessionId);
  if (!snapshot || snapshot.session.userId !== userId) throw notFound("Interview session");
  return snapshot;
}

/** GET /interviews/{id}: the session, its progress and each question's state (a pure read). */
export async function getInterview(userId: number, sessionId: number) {
  return interviewView(await ownedSnapshot(userId, sessionId));
}

/** Progress and per-question evaluation statuses only (what the runner polls). */
export async function getProgress(userId: number, sessionId: number): Promise<ProgressUpdate> {
  const { status, progress, questions } = await getInterview(userId, sessionId);
  return { status, progress, questions };
}
