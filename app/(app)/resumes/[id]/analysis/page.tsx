import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgentRunRefresher } from "@/components/agents/agent-run-refresher";
import { AgentTrace } from "@/components/agents/agent-trace";
import { SkillGapChart } from "@/components/agents/skill-gap-chart";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { latestAgentRun } from "@/lib/agents/executions";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { listJobDescriptions } from "@/lib/job-descriptions/job-description-service";
import { ownedResume } from "@/lib/resumes/resume-queries";
import { resumeAnalysisOutputSchema } from "@/lib/validations/agents";
import { parseId } from "@/lib/validations/id";
import { AnalysisForm } from "./page-client";

export const metadata: Metadata = { title: "Skill gaps and roadmap" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ job?: string }> };

export default async function ResumeAnalysisPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/resumes/${id}/analysis`);
  const resumeId = parseId(id);
  if (resumeId === null) notFound();
  let resume;
  try {
    resume = await ownedResume(user.id, resumeId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const [jobs, run] = await Promise.all([
    listJobDescriptions(user.id),
    latestAgentRun(user.id, "resume_analysis", { resumeId }),
  ]);
  const busy = run?.status === "queued" || run?.status === "running";
  const parsed = resumeAnalysisOutputSchema.safeParse(run?.output);
  const out = parsed.success ? parsed.data : null;
  const input = (run?.input ?? {}) as {
    jobDescriptionId?: number | null;
    targetRole?: string | null;
  };
  const askedJob = parseId((await searchParams).job ?? "");
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <div>
        <p className="text-sm text-muted-foreground">
          <Link href="/resumes" className="underline-offset-4 hover:underline">
            Resumes
          </Link>{" "}
          /{" "}
          <Link href={`/resumes/${resume.id}`} className="underline-offset-4 hover:underline">
            {resume.filename}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Skill gaps and roadmap</h1>
        <p className="text-sm text-muted-foreground">
          Your skill inventory and career progression, the gaps against a job or role, and a
          30/60/90-day plan to close them.
        </p>
      </div>
      {resume.status !== "ready" ? (
        <Alert>
          <AlertDescription>This resume is not ready yet ({resume.status}).</AlertDescription>
        </Alert>
      ) : (
        <AnalysisForm
          resumeId={resume.id}
          jobs={jobs.map((j) => ({
            id: j.job_description_id,
            label: [j.title ?? "Untitled job", j.company].filter(Boolean).join(" at "),
          }))}
          jobId={askedJob ?? input.jobDescriptionId ?? null}
          role={input.targetRole ?? user.targetRole ?? ""}
          hasAnalysis={out !== null}
        />
      )}
      <AgentRunRefresher busy={busy} label="Analysing your resume…" />
      {run?.status === "failed" ? (
        <Alert variant="destructive">
          <AlertDescription>The analysis failed: {run.error}</AlertDescription>
        </Alert>
      ) : null}
      {out ? (
        <>
          <section aria-labelledby="analysis-summary" className="grid gap-2">
            <h2 id="analysis-summary" className="text-lg font-semibold">
              Against {out.target.label}
              <Badge
                className="ml-2 align-middle"
                variant={out.gaps.score >= 70 ? "default" : "secondary"}
              >
                {out.gaps.score}/100 match
              </Badge>
            </h2>
            <ul className="list-disc pl-5 text-sm">
              {out.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {run?.notes ? (
              <p className="rounded-md border border-dashed p-3 text-sm whitespace-pre-line">
                <span className="font-medium">Coach&apos;s notes: </span>
                {run.notes}
              </p>
            ) : null}
          </section>

          <Card>
            <CardHeader>
              <CardTitle>Skill gaps by category</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-4 text-sm">
              <SkillGapChart rows={out.gaps.chart} summaryId="gap-lists" />
              <div id="gap-lists" className="grid gap-2 sm:grid-cols-3">
                <div>
                  <p className="font-medium">Covered ({out.gaps.covered.length})</p>
                  <p className="text-muted-foreground">
                    {out.gaps.covered.map((s) => s.name).join(", ") || "None"}
                  </p>
                </div>
                <div>
                  <p className="font-medium">Transferable ({out.gaps.transferable.length})</p>
                  <p className="text-muted-foreground">
                    {out.gaps.transferable.map((s) => `${s.name} ← ${s.via.name}`).join(", ") ||
                      "None"}
                  </p>
                </div>
                <div>
                  <p className="font-medium">Missing ({out.gaps.missing.length})</p>
                  <p className="text-muted-foreground">
                    {out.gaps.missing
                      .map((s) => `${s.name}${s.importance === "nice" ? " (nice to have)" : ""}`)
                      .join(", ") || "None"}
                  </p>
                </div>
              </div>
              {out.gaps.requirement_warnings.map((w) => (
                <p key={w} className="text-xs text-muted-foreground">
                  {w}
                </p>
              ))}
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>30/60/90-day roadmap</CardTitle>
            </CardHeader>
            <CardContent>
              <ol className="grid gap-4 md:grid-cols-3">
                {out.roadmap.map((phase) => (
                  <li
                    key={phase.days}
                    className="grid content-start gap-2 rounded-md border p-3 text-sm"
                  >
                    <p className="text-xs font-medium text-muted-foreground">By day {phase.days}</p>
                    <p className="font-medium">{phase.title}</p>
                    {phase.focus.length ? (
                      <div className="flex flex-wrap gap-1">
                        {phase.focus.map((f) => (
                          <Badge key={f.id} variant="secondary">
                            {f.name}
                          </Badge>
                        ))}
                      </div>
                    ) : null}
                    <ul className="list-disc pl-5">
                      {phase.actions.map((a) => (
                        <li key={a}>{a}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </CardContent>
          </Card>

          <div className="grid gap-6 md:grid-cols-2">
            <Card>
              <CardHeader>
                <CardTitle>Skill inventory ({out.inventory.total})</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-3 text-sm">
                {out.inventory.categories.map((c) => (
                  <div key={c.category}>
                    <p className="font-medium">{c.label}</p>
                    <div className="mt-1 flex flex-wrap gap-1">
                      {c.skills.map((s) => (
                        <Badge key={s.id} variant="outline" title={s.evidence}>
                          {s.name} · {Math.round(s.confidence * 100)}%
                        </Badge>
                      ))}
                    </div>
                  </div>
                ))}
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>Experience and progression</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-2 text-sm">
                <p>
                  {out.experience.total_years} years
                  {out.experience.seniority ? ` · ${out.experience.seniority} level` : ""} · trend{" "}
                  {out.experience.trend}
                  {out.experience.promotions ? ` · ${out.experience.promotions} promotion(s)` : ""}
                </p>
                {out.experience.career_change ? <p>{out.experience.career_change}</p> : null}
                {out.experience.gaps.length ? (
                  <p className="text-muted-foreground">Gaps: {out.experience.gaps.join("; ")}</p>
                ) : null}
                <ol className="grid gap-1">
                  {out.experience.timeline.map((r) => (
                    <li
                      key={`${r.start}-${r.title ?? ""}-${r.company ?? ""}`}
                      className="break-words"
                    >
                      <span className="font-medium">{r.title ?? "Role"}</span>
                      {r.company ? ` at ${r.company}` : ""}{" "}
                      <span className="text-muted-foreground">
                        ({r.start} – {r.end}, {r.months} months)
                      </span>
                    </li>
                  ))}
                </ol>
              </CardContent>
            </Card>
          </div>
        </>
      ) : null}
      {run && run.status !== "queued" ? <AgentTrace run={run} /> : null}
    </div>
  );
}
