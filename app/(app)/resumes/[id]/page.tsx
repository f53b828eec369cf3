import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResumeAnalysisView } from "@/components/resumes/resume-analysis-view";
import { ResumeStatusBadge } from "@/components/resumes/resume-status-badge";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getResume } from "@/lib/resumes/resume-queries";
import { parseId } from "@/lib/validations/id";
import { StatusRefresher } from "./status-refresher";

export const metadata: Metadata = { title: "Resume analysis" };

type Props = { params: Promise<{ id: string }> };

export default async function ResumePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/resumes/${id}`);
  const resumeId = parseId(id);
  if (resumeId === null) notFound();
  let resume;
  try {
    resume = await getResume(user.id, resumeId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm text-muted-foreground">
            <Link href="/resumes" className="underline-offset-4 hover:underline">
              Resumes
            </Link>{" "}
            / version {resume.version}
          </p>
          <h1 className="truncate text-2xl font-semibold tracking-tight">{resume.filename}</h1>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <ResumeStatusBadge status={resume.status} />
          {resume.status === "ready" ? (
            <>
              <Button asChild size="sm" variant="secondary">
                <Link href={`/resumes/${resume.resume_id}/analysis`}>Skill gaps and roadmap</Link>
              </Button>
              <Button asChild size="sm" variant="secondary">
                <Link href={`/jobs?resume=${resume.resume_id}`}>Match a job</Link>
              </Button>
              <Button asChild size="sm">
                <Link href={`/interviews/new?resume=${resume.resume_id}`}>Practise with it</Link>
              </Button>
            </>
          ) : null}
        </div>
      </div>
      <StatusRefresher status={resume.status} />
      {resume.failure ? (
        <Alert variant="destructive">
          <AlertDescription>{resume.failure.message}</AlertDescription>
        </Alert>
      ) : null}
      {resume.status === "ready" && !resume.analysis ? (
        <Alert variant="destructive">
          <AlertDescription>
            The stored analysis could not be read. Upload the resume again.
          </AlertDescription>
        </Alert>
      ) : null}
      {resume.analysis ? <ResumeAnalysisView analysis={resume.analysis} /> : null}
    </div>
  );
}
