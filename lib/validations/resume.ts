import { z } from "zod";
import { seniorityLevelSchema, educationLevelSchema } from "./resume-analysis";

/** The pipeline of an uploaded resume (resumes.status). */
export const RESUME_STATUSES = ["uploaded", "extracting", "analysing", "ready", "failed"] as const;
export const resumeStatusSchema = z.enum(RESUME_STATUSES);
export type ResumeStatusValue = z.infer<typeof resumeStatusSchema>;
export const isResumeSettled = (status: ResumeStatusValue): boolean =>
  status === "ready" || status === "failed";

/**
 * resumes.skills: what matching and tailored sessions read without decrypting anything (skill
 * ids and confidences only; the lines they came from stay in the sealed analysis).
 */
export const storedResumeSkillsSchema = z.array(
  z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    category: z.string().min(1),
    confidence: z.number().min(0).max(1),
  }),
);
export type StoredResumeSkills = z.infer<typeof storedResumeSkillsSchema>;

/** resumes.experience: the headline figures (roles stay in the sealed analysis). */
export const storedResumeExperienceSchema = z.object({
  totalYears: z.number().nonnegative(),
  professionalYears: z.number().nonnegative(),
  seniority: seniorityLevelSchema.nullable(),
  roles: z.number().int().nonnegative(),
});

export const storedResumeEducationSchema = z.object({
  highestLevel: educationLevelSchema.nullable(),
  certifications: z.number().int().nonnegative(),
});

/** A sealed (encrypted) JSON value as stored in a JSON column. */
export const sealedJsonSchema = z.object({ sealed: z.string().min(1), key_id: z.string().min(1) });
