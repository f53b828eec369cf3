import type { Metadata } from "next";
import Link from "next/link";
import { AgentRunRefresher } from "@/components/agents/agent-run-refresher";
import { AgentTrace } from "@/components/agents/agent-trace";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { latestAgentRun } from "@/lib/agents/executions";
import { requireUser } from "@/lib/auth/session";
import { communityCompanies } from "@/lib/community/service";
import { CATEGORY_LABELS } from "@/lib/validations/enums";
import { companyCoachingOutputSchema } from "@/lib/validations/agents";
import { CoachingForm } from "./page-client";

export const metadata: Metadata = { title: "Company coaching" };

const PART_LABEL = {
  situation: "Situation",
  task: "Task",
  action: "Action",
  result: "Result",
} as const;

export default async function CoachingPage() {
  const user = await requireUser("/coaching");
  const [companies, run] = await Promise.all([
    communityCompanies(),
    latestAgentRun(user.id, "company_coaching"),
  ]);
  const busy = run?.status === "queued" || run?.status === "running";
  const parsed = companyCoachingOutputSchema.safeParse(run?.output);
  const out = parsed.success ? parsed.data : null;
  const input = (run?.input ?? {}) as { company?: string; role?: string | null };
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Company coaching</h1>
        <p className="text-sm text-muted-foreground">
          What a company asks (from community reports, else your role&apos;s question bank), STAR
          coaching on your own behavioural answers, and stories from your resume.
        </p>
      </div>
      <CoachingForm
        companies={companies.slice(0, 50)}
        company={input.company ?? ""}
        role={input.role ?? user.targetRole ?? ""}
      />
      <AgentRunRefresher
        busy={busy}
        label={`Preparing coaching for ${input.company ?? "the company"}…`}
      />
      {run?.status === "failed" ? (
        <Alert variant="destructive">
          <AlertDescription>Coaching could not be prepared: {run.error}</AlertDescription>
        </Alert>
      ) : null}
      {out ? (
        <>
          <section aria-labelledby="coaching-summary" className="grid gap-2">
            <h2 id="coaching-summary" className="text-lg font-semibold">
              {out.company}
              {out.role ? ` · ${out.role}` : ""}
            </h2>
            <p className="text-sm text-muted-foreground">
              From {out.source.questions} question{out.source.questions === 1 ? "" : "s"} in{" "}
              {out.source.label}.
            </p>
            <ul className="list-disc pl-5 text-sm">
              {out.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>

          <Card>
            <CardHeader>
              <CardTitle>Interview patterns</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-4 text-sm">
              <div className="flex flex-wrap gap-2">
                {out.patterns.categories.map((c) => (
                  <Badge key={c.category} variant="secondary">
                    {c.label} {Math.round(c.share * 100)}%
                  </Badge>
                ))}
              </div>
              {out.patterns.topics.length ? (
                <p>
                  <span className="font-medium">Topics asked most: </span>
                  {out.patterns.topics.map((t) => `${t.topic} (${t.questions})`).join(", ")}
                </p>
              ) : null}
              <ul className="list-disc pl-5">
                {out.patterns.insights.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <div className="grid gap-1">
                <p className="font-medium">Examples</p>
                <ul className="grid gap-1">
                  {out.patterns.examples.map((e) => (
                    <li key={e.question_id} className="break-words">
                      <Badge variant="outline" className="mr-2">
                        {CATEGORY_LABELS[e.category]}
                      </Badge>
                      {e.text}
                    </li>
                  ))}
                </ul>
              </div>
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>STAR coaching on your answers</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-4 text-sm">
              {out.star_coaching.length === 0 ? (
                <p className="text-muted-foreground">
                  No evaluated behavioural answers yet.{" "}
                  <Link href="/interviews/new" className="underline underline-offset-4">
                    Practise a behavioural session
                  </Link>{" "}
                  to get coaching on your own answers.
                </p>
              ) : (
                out.star_coaching.map((c) => (
                  <div key={c.answer_id} className="grid gap-2 rounded-md border p-3">
                    <p className="font-medium break-words">
                      {c.question}
                      {c.score !== null ? (
                        <span className="ml-2 font-normal text-muted-foreground">
                          ({c.score}/100)
                        </span>
                      ) : null}
                    </p>
                    <dl className="grid gap-1 sm:grid-cols-2">
                      {(Object.keys(PART_LABEL) as (keyof typeof PART_LABEL)[]).map((p) => (
                        <div key={p} className="min-w-0">
                          <dt className="text-xs font-medium">{PART_LABEL[p]}</dt>
                          <dd className={`break-words ${c.parts[p] ? "" : "text-destructive"}`}>
                            {c.parts[p] ? `“${c.parts[p]}”` : "Missing"}
                          </dd>
                        </div>
                      ))}
                    </dl>
                    <ul className="list-disc pl-5">
                      {c.advice.map((a) => (
                        <li key={a}>{a}</li>
                      ))}
                    </ul>
                  </div>
                ))
              )}
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>Your story bank</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-3 text-sm">
              {out.story_bank.length === 0 ? (
                <p className="text-muted-foreground">
                  <Link href="/resumes" className="underline underline-offset-4">
                    Upload a resume
                  </Link>{" "}
                  with dated roles and achievement lines to build your stories.
                </p>
              ) : (
                out.story_bank.map((s) => (
                  <div key={s.theme} className="grid gap-1 rounded-md border p-3">
                    <p className="font-medium">
                      {s.theme}
                      {s.role ? (
                        <span className="font-normal text-muted-foreground"> · {s.role}</span>
                      ) : null}
                    </p>
                    <p className="text-muted-foreground">{s.prompt}</p>
                    <ul className="grid gap-0.5">
                      <li>
                        <span className="font-medium">S:</span> {s.star.situation}
                      </li>
                      <li>
                        <span className="font-medium">T:</span> {s.star.task}
                      </li>
                      <li className="break-words">
                        <span className="font-medium">A:</span> {s.star.action}
                      </li>
                      <li>
                        <span className="font-medium">R:</span> {s.star.result}
                      </li>
                    </ul>
                  </div>
                ))
              )}
            </CardContent>
          </Card>
        </>
      ) : null}
      {run && run.status !== "queued" ? <AgentTrace run={run} /> : null}
    </div>
  );
}
