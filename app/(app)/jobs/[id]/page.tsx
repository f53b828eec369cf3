import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JobMatchReportView } from "@/components/jobs/job-match-report";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getJobDescription } from "@/lib/job-descriptions/job-description-service";
import { matchJobDescription, type JobMatchDto } from "@/lib/job-descriptions/match-job";
import { listResumes } from "@/lib/resumes/resume-queries";
import { parseId } from "@/lib/validations/id";
import type { JobSkill } from "@/lib/validations/job-description";
import { DeleteJobButton } from "./delete-job-button";

export const metadata: Metadata = { title: "Job match" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ resume?: string }>;
};

export default async function JobPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { resume } = await searchParams;
  const user = await requireUser(`/jobs/${id}`);
  const jobId = parseId(id);
  if (jobId === null) notFound();
  let job;
  try {
    job = await getJobDescription(user.id, jobId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const resumes = (await listResumes(user.id)).filter((r) => r.status === "ready");
  let match: JobMatchDto | null = null;
  let matchProblem: string | null = null;
  try {
    match = await matchJobDescription(user.id, jobId, resume ? { resume_id: resume } : {});
  } catch (error) {
    if (!isAppError(error) || error.code === "INTERNAL_ERROR") throw error;
    matchProblem = error.message;
  }
  const { requirements } = job;

  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm text-muted-foreground">
            <Link href="/jobs" className="underline-offset-4 hover:underline">
              Job match
            </Link>
          </p>
          <h1 className="text-2xl font-semibold tracking-tight">{job.title ?? "Untitled job"}</h1>
          <p className="text-sm text-muted-foreground">
            {[
              job.company,
              requirements.seniority ? `${requirements.seniority} level` : null,
              requirements.minYears !== null ? `${requirements.minYears}+ years` : null,
            ]
              .filter(Boolean)
              .join(" · ")}
            {job.url ? (
              <>
                {" · "}
                <a
                  href={job.url}
                  rel="noopener noreferrer nofollow"
                  target="_blank"
                  className="underline"
                >
                  posting
                </a>
              </>
            ) : null}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {match ? (
            <>
              <Button asChild variant="secondary">
                <Link href={`/resumes/${match.resume_id}/analysis?job=${job.job_description_id}`}>
                  Roadmap for this job
                </Link>
              </Button>
              <Button asChild>
                <Link
                  href={`/interviews/new?job=${job.job_description_id}&resume=${match.resume_id}`}
                >
                  Practise for this job
                </Link>
              </Button>
            </>
          ) : null}
          <DeleteJobButton id={job.job_description_id} />
        </div>
      </div>

      {resumes.length > 1 ? (
        <nav aria-label="Resume to match" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted-foreground">Match with:</span>
          {resumes.map((r) => (
            <Button
              key={r.resume_id}
              asChild
              size="sm"
              variant={match?.resume_id === r.resume_id ? "default" : "outline"}
            >
              <Link
                href={`/jobs/${job.job_description_id}?resume=${r.resume_id}`}
                aria-current={match?.resume_id === r.resume_id ? "page" : undefined}
              >
                v{r.version} · {r.filename}
              </Link>
            </Button>
          ))}
        </nav>
      ) : null}

      {matchProblem ? (
        <Alert>
          <AlertTitle>No match report yet</AlertTitle>
          <AlertDescription>
            {matchProblem}{" "}
            <Link href="/resumes" className="underline">
              Go to your resumes
            </Link>
          </AlertDescription>
        </Alert>
      ) : null}
      {match ? <JobMatchReportView report={match} /> : null}

      <div className="grid gap-6 md:grid-cols-2">
        <RequirementList title="Required" skills={requirements.required} />
        <RequirementList title="Nice to have" skills={requirements.niceToHave} />
      </div>
      {requirements.warnings.length > 0 ? (
        <ul className="list-disc pl-5 text-sm text-muted-foreground">
          {requirements.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function RequirementList({ title, skills }: { title: string; skills: JobSkill[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">
          {title} <span className="text-muted-foreground">({skills.length})</span>
        </CardTitle>
      </CardHeader>
      <CardContent>
        {skills.length === 0 ? (
          <p className="text-sm text-muted-foreground">None stated.</p>
        ) : (
          <ul className="flex flex-wrap gap-1.5">
            {skills.map((s) => (
              <li key={s.id}>
                <Badge variant="outline" title={`“${s.line}”`}>
                  {s.name}
                  {s.years !== null ? ` · ${s.years}+ yr` : ""}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
