import type { Metadata } from "next";
import { AgentRunRefresher } from "@/components/agents/agent-run-refresher";
import { AgentTrace } from "@/components/agents/agent-trace";
import { StudyPlanDays } from "@/components/agents/study-plan-days";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { latestAgentRun } from "@/lib/agents/executions";
import { getStudyPlan } from "@/lib/agents/study-plan/plan-service";
import { requireUser } from "@/lib/auth/session";
import { toggleStudyTaskAction } from "./actions";
import { StudyPlanForm } from "./page-client";

export const metadata: Metadata = { title: "Study plan" };

export default async function StudyPlanPage() {
  const user = await requireUser("/study-plan");
  const [plan, run] = await Promise.all([
    getStudyPlan(user.id),
    latestAgentRun(user.id, "study_plan"),
  ]);
  const busy = run?.status === "queued" || run?.status === "running";
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Study plan</h1>
        <p className="text-sm text-muted-foreground">
          Daily tasks from your weak categories, skill gaps, review queue and recent scores. The
          plan adapts after every interview you complete.
        </p>
      </div>
      <StudyPlanForm hasPlan={plan !== null} role={plan?.target_role ?? user.targetRole ?? null} />
      <AgentRunRefresher
        busy={busy}
        label={
          run?.trigger === "session_completed"
            ? "Adapting your plan to your last session…"
            : "Making your plan…"
        }
      />
      {run?.status === "failed" ? (
        <Alert variant="destructive">
          <AlertDescription>The last plan could not be made: {run.error}</AlertDescription>
        </Alert>
      ) : null}
      {plan ? (
        <>
          <section aria-labelledby="plan-summary" className="grid gap-2">
            <h2 id="plan-summary" className="text-lg font-semibold">
              Your {plan.days.length}-day plan
            </h2>
            <ul className="list-disc pl-5 text-sm">
              {plan.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {plan.changes.length ? (
              <div className="rounded-lg border border-dashed p-3 text-sm">
                <p className="font-medium">What changed since your previous plan</p>
                <ul className="list-disc pl-5">
                  {plan.changes.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
          <StudyPlanDays
            key={`${plan.execution_id ?? 0}-${plan.start_date}`}
            plan={plan}
            toggle={toggleStudyTaskAction}
          />
        </>
      ) : !busy ? (
        <p className="text-sm text-muted-foreground">
          No plan yet. Choose how many days and minutes you have, and make your first plan.
        </p>
      ) : null}
      {run && run.status !== "queued" ? <AgentTrace run={run} /> : null}
    </div>
  );
}
