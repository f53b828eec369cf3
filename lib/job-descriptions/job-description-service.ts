import { db } from "@/lib/db/client";
import type { JobDescription } from "@/lib/db/generated/client";
import { conflict, notFound, validationError } from "@/lib/errors";
import { normaliseText } from "@/lib/resumes/normalise-text";
import {
  jobDescriptionInputSchema,
  jobRequirementsSchema,
  type JobRequirements,
} from "@/lib/validations/job-description";
import { parseInput } from "@/lib/validations/parse";
import { extractJobRequirements } from "./extract-requirements";
import { htmlToText } from "./html-to-text";
import { openJobDescriptionFields, sealJobDescriptionFields } from "./sealed-fields";

/** Job descriptions one user may keep. */
export const MAX_JOB_DESCRIPTIONS = 50;

export function toJobDescriptionDto(row: JobDescription, options: { withText?: boolean } = {}) {
  const requirements = jobRequirementsSchema.parse(row.requirements);
  const fields = openJobDescriptionFields(row);
  return {
    job_description_id: row.id,
    title: row.title ?? requirements.title,
    company: fields.company,
    url: fields.url,
    created_at: row.createdAt.toISOString(),
    requirements,
    ...(options.withText ? { text: fields.text } : {}),
  };
}
export type JobDescriptionDto = ReturnType<typeof toJobDescriptionDto>;

/**
 * Saves a pasted job description (plain text or its page's HTML) with the required and
 * nice-to-have skills read from it. A text in which no skill of the taxonomy is found is refused
 * (422): it is not a job description the match could use.
 */
export async function createJobDescription(userId: number, raw: unknown) {
  const input = parseInput(jobDescriptionInputSchema, raw);
  const text = normaliseText(htmlToText(input.text));
  const requirements: JobRequirements = extractJobRequirements(text);
  if (requirements.required.length + requirements.niceToHave.length === 0) {
    throw validationError(
      {
        text: [
          "No skills were found in this text. Paste the job's requirements (the skills and experience it asks for).",
        ],
      },
      "No requirements found",
    );
  }
  if ((await db.jobDescription.count({ where: { userId } })) >= MAX_JOB_DESCRIPTIONS) {
    throw conflict(
      `You can keep at most ${MAX_JOB_DESCRIPTIONS} job descriptions; delete an old one first.`,
    );
  }
  // Encrypted values are bound to their row: created first, sealed once its id is known.
  const row = await db.$transaction(async (tx) => {
    const created = await tx.jobDescription.create({
      data: { userId, title: input.title ?? requirements.title, text: "", requirements },
    });
    return tx.jobDescription.update({
      where: { id: created.id },
      data: sealJobDescriptionFields(created.id, {
        text,
        company: input.company ?? null,
        url: input.url ?? null,
      }),
    });
  });
  return toJobDescriptionDto(row);
}

export async function ownedJobDescription(userId: number, id: number): Promise<JobDescription> {
  const row = await db.jobDescription.findFirst({ where: { id, userId } });
  if (!row) throw notFound("Job description");
  return row;
}

export async function listJobDescriptions(userId: number) {
  const rows = await db.jobDescription.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => toJobDescriptionDto(row));
}

export async function getJobDescription(userId: number, id: number) {
  return toJobDescriptionDto(await ownedJobDescription(userId, id), { withText: true });
}

export async function deleteJobDescription(userId: number, id: number) {
  const row = await ownedJobDescription(userId, id);
  await db.jobDescription.delete({ where: { id: row.id } });
  return { job_description_id: row.id, deleted: true };
}
