import { z } from "zod";
import { ExperienceLevel } from "@/lib/db/generated/enums";
import { nameSchema } from "./auth";
import { roleSchema } from "./interview";
import { timeZoneSchema } from "./time-zone";

const experienceLevelSchema = z.enum(ExperienceLevel);

export const updateProfileSchema = z
  .object({
    name: nameSchema.optional(),
    target_role: roleSchema.nullable().optional(),
    experience_level: experienceLevelSchema.nullable().optional(),
    timezone: timeZoneSchema.optional(),
    leaderboard_opt_out: z.boolean().optional(),
    /** Keep voice recordings with their answers (AUDIO_RETENTION_DAYS); off by default. */
    keep_recordings: z.boolean().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: "Nothing to update",
  });
