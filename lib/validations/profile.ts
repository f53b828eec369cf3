import { z } from "zod";
import { ExperienceLevel } from "@/lib/db/generated/enums";
import { nameSchema } from "./auth";
import { roleSchema } from "./interview";

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const experienceLevelSchema = z.enum(ExperienceLevel);

export const updateProfileSchema = z
  .object({
    name: nameSchema.optional(),
    target_role: roleSchema.nullable().optional(),
    experience_level: experienceLevelSchema.nullable().optional(),
    timezone: z
      .string()
      .trim()
      .max(64)
      .refine(isValidTimeZone, "Unknown time zone (use an IANA name such as Europe/Berlin)")
      .optional(),
    leaderboard_opt_out: z.boolean().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: "Nothing to update",
  });
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;
