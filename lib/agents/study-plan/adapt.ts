import { db } from "@/lib/db/client";
import { queueAgentRun } from "../executions";
import { AGENT_INPUTS } from "../definitions";

/**
 * After a session is finalised: when its owner has a study plan, a re-plan is queued with the
 * plan's last settings (the new scores, review items and gaps reshape it; ticks are kept).
 * Idempotent per session: a repeated finalisation queues nothing more.
 */
export async function adaptStudyPlanAfterSession(sessionId: number) {
  const session = await db.interviewSession.findUnique({
    where: { id: sessionId },
    select: { userId: true },
  });
  if (!session) return { queued: false, reason: "no session" };
  const plan = await db.studyPlan.findFirst({
    where: { userId: session.userId },
    orderBy: { createdAt: "desc" },
    include: { execution: { select: { input: true } } },
  });
  if (!plan) return { queued: false, reason: "no study plan" };
  const already = await db.agentExecution.findFirst({
    where: {
      userId: session.userId,
      agentType: "study_plan",
      trigger: "session_completed",
      input: { path: ["sessionId"], equals: sessionId },
    },
    select: { id: true },
  });
  if (already) return { queued: false, reason: "already queued", execution_id: already.id };
  const last = AGENT_INPUTS.study_plan.safeParse(plan.execution?.input);
  const input = last.success
    ? { ...last.data, sessionId }
    : { days: 7, minutesPerDay: 45, targetRole: null, jobDescriptionId: null, sessionId };
  const row = await queueAgentRun(session.userId, "study_plan", input, {
    trigger: "session_completed",
    jobDescriptionId: input.jobDescriptionId,
  });
  return { queued: true, execution_id: row.id };
}
