import { z } from "zod";
import { seniorityLevelSchema } from "./resume-analysis";

export const JOB_DESCRIPTION_MIN = 40;
export const JOB_DESCRIPTION_MAX = 30_000;

/** A pasted job description (or the text of its page). */
export const jobDescriptionInputSchema = z.object({
  text: z
    .string({ error: "text is required" })
    .trim()
    .min(
      JOB_DESCRIPTION_MIN,
      `Paste at least ${JOB_DESCRIPTION_MIN} characters of the job description`,
    )
    .max(JOB_DESCRIPTION_MAX, `Job descriptions can be at most ${JOB_DESCRIPTION_MAX} characters`),
  title: z.string().trim().max(200).optional(),
  company: z.string().trim().max(200).optional(),
  url: z.url().max(2000).optional(),
});
export type JobDescriptionInput = z.infer<typeof jobDescriptionInputSchema>;

export const importanceSchema = z.enum(["required", "nice"]);

export const jobSkillSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  category: z.string().min(1),
  importance: importanceSchema,
  confidence: z.number().min(0).max(1),
  /** Years asked for this skill ("3+ years of Python"). */
  years: z.number().nonnegative().nullable(),
  line: z.string(),
  lineNumber: z.number().int().positive(),
});

export const jobRequirementsSchema = z.object({
  title: z.string().nullable(),
  seniority: seniorityLevelSchema.nullable(),
  minYears: z.number().nonnegative().nullable(),
  required: z.array(jobSkillSchema),
  niceToHave: z.array(jobSkillSchema),
  warnings: z.array(z.string()),
});
export type JobRequirements = z.infer<typeof jobRequirementsSchema>;
export type JobSkill = z.infer<typeof jobSkillSchema>;

const skillRef = z.object({ id: z.string(), name: z.string() });

export const jobMatchReportSchema = z.object({
  /** 0–100. */
  score: z.number().int().min(0).max(100),
  covered: z.array(
    skillRef.extend({ importance: importanceSchema, evidence: z.string().nullable() }),
  ),
  transferable: z.array(
    skillRef.extend({
      importance: importanceSchema,
      via: skillRef,
      relation: z.enum(["related", "family", "category"]),
    }),
  ),
  missing: z.array(skillRef.extend({ importance: importanceSchema })),
  experience: z.object({
    required: z.number().nullable(),
    candidate: z.number().nullable(),
    meets: z.boolean().nullable(),
  }),
  breakdown: z.object({
    requiredCoverage: z.number().min(0).max(1).nullable(),
    niceCoverage: z.number().min(0).max(1).nullable(),
    experienceFit: z.number().min(0).max(1).nullable(),
  }),
  explanation: z.array(z.string()),
});
export type JobMatchReport = z.infer<typeof jobMatchReportSchema>;

/** GET /job-descriptions/{id}/match: which resume (the primary one when absent). */
export const jobMatchQuerySchema = z.object({
  resume_id: z.coerce
    .number({ error: "resume_id must be a number" })
    .int()
    .positive("resume_id must be a positive id")
    .max(2_147_483_647)
    .optional(),
});
