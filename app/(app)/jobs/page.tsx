import type { Metadata } from "next";
import Link from "next/link";
import { BriefcaseIcon } from "lucide-react";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/session";
import { listJobDescriptions } from "@/lib/job-descriptions/job-description-service";
import { JobDescriptionForm } from "./page-client";

export const metadata: Metadata = { title: "Job match" };

export default async function JobsPage() {
  const user = await requireUser("/jobs");
  const jobs = await listJobDescriptions(user.id);
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Job match</h1>
        <p className="text-sm text-muted-foreground">
          Paste a job description to see the skills it requires and how your resume covers them.
        </p>
      </div>
      <JobDescriptionForm />
      <section aria-labelledby="saved-jobs" className="grid gap-3">
        <h2 id="saved-jobs" className="text-lg font-semibold">
          Saved job descriptions
        </h2>
        {jobs.length === 0 ? (
          <EmptyState
            titleAs="h3"
            icon={<BriefcaseIcon aria-hidden />}
            title="None yet"
            description="Jobs you paste are kept here with their requirements."
          />
        ) : (
          <ul className="grid gap-2">
            {jobs.map((job) => (
              <li key={job.job_description_id}>
                <Card className="py-3">
                  <CardContent className="flex flex-wrap items-center justify-between gap-2 px-4">
                    <div className="min-w-0">
                      <Link
                        href={`/jobs/${job.job_description_id}`}
                        className="font-medium underline-offset-4 hover:underline"
                      >
                        {job.title ?? "Untitled job"}
                      </Link>
                      <p className="text-xs text-muted-foreground">
                        {[
                          job.company,
                          `${job.requirements.required.length} required`,
                          `${job.requirements.niceToHave.length} nice to have`,
                          new Date(job.created_at).toLocaleDateString("en-GB", {
                            dateStyle: "medium",
                          }),
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                    </div>
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
