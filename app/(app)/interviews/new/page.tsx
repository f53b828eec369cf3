import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listJobDescriptions } from "@/lib/job-descriptions/job-description-service";
import { listResumes } from "@/lib/resumes/resume-queries";
import { parseId } from "@/lib/validations/id";
import { bankRoles } from "@/lib/questions/bank/load";
import { CATEGORIES, DIFFICULTIES } from "@/lib/validations/enums";
import { MAX_QUESTIONS } from "@/lib/validations/interview";
import { NewInterviewForm, type NewInterviewDefaults, type TailoringChoices } from "./page-client";

export const metadata: Metadata = { title: "New interview" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Prefill from "Practice again" links (?role=&difficulty=&question_count=&categories=A,B) and
 * from the resume and job pages (?resume=&job=: tailored, with the job's title as the role).
 */
function defaultsFrom(
  params: Record<string, string | string[] | undefined>,
  targetRole: string | null,
  choices: TailoringChoices & { jobTitles: Map<number, string | null> },
): NewInterviewDefaults {
  const resumeId = parseId(first(params.resume));
  const jobId = parseId(first(params.job));
  const resume = choices.resumes.some((r) => r.id === resumeId) ? resumeId : null;
  const job = choices.jobs.some((j) => j.id === jobId) ? jobId : null;
  const jobTitle = job !== null ? (choices.jobTitles.get(job) ?? null) : null;
  const role = first(params.role)?.slice(0, 100) ?? jobTitle?.slice(0, 100) ?? targetRole ?? "";
  const difficultyParam = first(params.difficulty);
  const difficulty = DIFFICULTIES.find((d) => d === difficultyParam) ?? "Medium";
  const count = Number(first(params.question_count));
  const raw = params.categories;
  const listed = (Array.isArray(raw) ? raw : (raw ?? "").split(",")).map((c) => c.trim());
  const categories = CATEGORIES.filter((c) => listed.includes(c));
  return {
    role,
    difficulty,
    question_count: Number.isInteger(count) && count >= 1 && count <= MAX_QUESTIONS ? count : 5,
    categories:
      categories.length > 0
        ? categories
        : resume !== null || job !== null
          ? ["Technical", "Behavioral"]
          : ["Technical"],
    resume_id: resume,
    job_description_id: job,
  };
}

export default async function NewInterviewPage({ searchParams }: Props) {
  const user = await requireUser("/interviews/new");
  const [resumes, jobs] = await Promise.all([listResumes(user.id), listJobDescriptions(user.id)]);
  const choices = {
    resumes: resumes
      .filter((r) => r.status === "ready")
      .map((r) => ({
        id: r.resume_id,
        label: `v${r.version} · ${r.filename}${r.is_primary ? " (primary)" : ""}`,
      })),
    jobs: jobs.map((j) => ({
      id: j.job_description_id,
      label: [j.title ?? "Untitled job", j.company].filter(Boolean).join(" · "),
    })),
    jobTitles: new Map(jobs.map((j) => [j.job_description_id, j.title])),
  };
  const defaults = defaultsFrom(await searchParams, user.targetRole, choices);
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New interview</h1>
        <p className="text-sm text-muted-foreground">
          Choose what to practise. Questions come one at a time, each with its own time limit.
        </p>
      </div>
      <NewInterviewForm
        defaults={defaults}
        roleSuggestions={[...bankRoles()]}
        tailoringChoices={{ resumes: choices.resumes, jobs: choices.jobs }}
      />
    </div>
  );
}
