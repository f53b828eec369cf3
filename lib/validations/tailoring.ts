import { z } from "zod";
import { importanceSchema } from "./job-description";

/** Why a tailored session targets a skill. */
export const TARGET_REASONS = ["gap", "bridge", "proof", "strength"] as const;
export const targetReasonSchema = z.enum(TARGET_REASONS);
export type TargetReason = z.infer<typeof targetReasonSchema>;

/**
 * interview_sessions.tailoring: what a tailored session was built from and for. `targets` are in
 * priority order; `jobSkills` are the job's skills the summary reports on (null without a job).
 */
export const tailoringSchema = z.object({
  version: z.literal(1),
  resumeId: z.number().int().positive().nullable(),
  jobDescriptionId: z.number().int().positive().nullable(),
  jobTitle: z.string().nullable(),
  targets: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      reason: targetReasonSchema,
      importance: importanceSchema.nullable(),
    }),
  ),
  jobSkills: z
    .array(
      z.object({ id: z.string().min(1), name: z.string().min(1), importance: importanceSchema }),
    )
    .nullable(),
  /** Questions written from the candidate's own experience lines. */
  experienceQuestions: z.number().int().nonnegative(),
});
export type Tailoring = z.infer<typeof tailoringSchema>;
export type TailoringTarget = Tailoring["targets"][number];
