import { readyResumeProfile } from "@/lib/resumes/candidate-profile";
import { jobMatchQuerySchema, jobRequirementsSchema } from "@/lib/validations/job-description";
import { parseInput } from "@/lib/validations/parse";
import { ownedJobDescription } from "./job-description-service";
import { matchResumeToJob } from "./match-report";

/** GET /job-descriptions/{id}/match: how a resume (the primary one by default) fits the job. */
export async function matchJobDescription(userId: number, jobId: number, query: unknown) {
  const { resume_id } = parseInput(jobMatchQuerySchema, query);
  const job = await ownedJobDescription(userId, jobId);
  const { resume, profile } = await readyResumeProfile(userId, resume_id);
  const report = matchResumeToJob(profile, jobRequirementsSchema.parse(job.requirements));
  return {
    job_description_id: job.id,
    resume_id: resume.id,
    resume_filename: resume.filename,
    ...report,
  };
}
export type JobMatchDto = Awaited<ReturnType<typeof matchJobDescription>>;
