import { db } from "@/lib/db/client";
import { emit } from "@/lib/jobs/emit";

/**
 * A session is summarised once it is finished and no evaluation is still in flight. Called after
 * each evaluation settles and after the last question is answered or skipped; the summary job is
 * idempotent, so being called twice is harmless.
 */
export async function summariseWhenSettled(sessionId: number): Promise<void> {
  const session = await db.interviewSession.findUnique({
    where: { id: sessionId },
    select: { status: true },
  });
  if (session?.status !== "completed") return;
  const inFlight = await db.evaluation.count({
    // The session's own answers: retries and follow-ups after its end never hold the summary up.
    where: {
      answer: { sessionId, kind: "answer", attempt: 1 },
      status: { in: ["pending", "processing"] },
    },
  });
  if (inFlight === 0) await emit("interview/session.completed", { session_id: sessionId });
}
