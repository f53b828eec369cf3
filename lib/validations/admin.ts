import { z } from "zod";
import { AccountStatus, QuestionSource, UserRole } from "@/lib/db/generated/enums";
import { categorySchema, difficultySchema } from "./enums";
import { stripControlCharacters } from "./interview";

// Query strings: "" means "no filter" (an empty search box or select).
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optionalQuery = <S extends z.ZodType>(schema: S) =>
  z.preprocess(blankToUndefined, schema.optional());

export const pageSchema = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(25),
};

const searchText = z
  .string()
  .trim()
  .max(200, "Search is at most 200 characters")
  .transform(stripControlCharacters);

export const adminUserListSchema = z.object({
  q: optionalQuery(searchText),
  role: optionalQuery(z.enum(UserRole)),
  status: optionalQuery(z.enum([...Object.values(AccountStatus), "deleted"] as const)),
  sort: optionalQuery(z.enum(["newest", "oldest", "email"])).transform((v) => v ?? "newest"),
  ...pageSchema,
});
export type AdminUserListQuery = z.output<typeof adminUserListSchema>;

export const reasonSchema = z
  .string({ error: "A reason is required" })
  .transform((v) => stripControlCharacters(v).trim())
  .pipe(
    z
      .string()
      .min(3, "Give a reason of at least 3 characters")
      .max(500, "A reason is at most 500 characters"),
  );

export const suspendUserSchema = z.object({ reason: reasonSchema });
export const unsuspendUserSchema = z.object({ reason: reasonSchema.optional() });
export const deleteUserSchema = z.object({ reason: reasonSchema });
export const setRoleSchema = z.object({
  role: z.enum(UserRole, { error: "role is user or admin" }),
});

const isoDate = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((v) => new Date(v));
// A bare date as the end of a range means the whole of that day (UTC).
const isoDateEnd = z.iso
  .datetime({ offset: true })
  .transform((v) => new Date(v))
  .or(z.iso.date().transform((v) => new Date(Date.parse(v) + 86_400_000 - 1)));

export const auditLogQuerySchema = z.object({
  event_type: optionalQuery(
    z
      .string()
      .trim()
      .max(100)
      .regex(/^[a-z0-9_.]*$/, "event_type is an event name or its prefix, e.g. auth."),
  ),
  user_id: optionalQuery(z.coerce.number().int().positive().max(2_147_483_647)),
  q: optionalQuery(searchText),
  ip: optionalQuery(z.string().trim().max(45)),
  from: optionalQuery(isoDate),
  to: optionalQuery(isoDateEnd),
  ...pageSchema,
  page_size: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditLogQuery = z.output<typeof auditLogQuerySchema>;

export const adminQuestionListSchema = z.object({
  q: optionalQuery(searchText),
  role: optionalQuery(z.string().trim().max(100)),
  category: optionalQuery(categorySchema),
  difficulty: optionalQuery(difficultySchema),
  source: optionalQuery(z.enum(QuestionSource)),
  state: optionalQuery(z.enum(["active", "retired"])).transform((v) => v ?? "active"),
  ...pageSchema,
});

const lines = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean)
      : v,
  z.array(z.string()),
);
const commaList = <S extends z.ZodType>(item: S) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((l) => l.trim())
            .filter(Boolean)
        : v,
    z.array(item),
  );

/**
 * An edit of a question's content. Fields left out keep their value; the result is checked by
 * the bank's rules (bank questions) or the question rules (generated and community ones).
 * Forms send points one per line and skills / covered points comma-separated.
 */
export const questionEditSchema = z.object({
  text: z.string().optional(),
  points: lines.optional(),
  category: categorySchema.optional(),
  difficulty: difficultySchema.optional(),
  timeLimitSeconds: z.coerce.number().optional(),
  skills: commaList(z.string().toLowerCase()).optional(),
  // "" or null removes the model answer (and its covered points).
  modelAnswer: z
    .string()
    .nullable()
    .optional()
    .transform((v) => (v === "" ? null : v)),
  modelAnswerCovers: z
    .preprocess((v) => (v === "" ? null : v), commaList(z.coerce.number().int()).nullable())
    .optional(),
});
export type QuestionEditInput = z.output<typeof questionEditSchema>;

export const retireQuestionSchema = z.object({ retired: z.boolean() });

export const FLAG_NAME = /^[a-z][a-z0-9_.-]{1,99}$/;

const userIdList = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(/[\s,]+/)
          .filter(Boolean)
          .map((x) => (/^\d+$/.test(x) ? Number(x) : x))
      : v,
  z
    .array(z.number().int().positive().max(2_147_483_647), { error: "User ids are numbers" })
    .max(1000, "At most 1000 users in an allow-list")
    .transform((ids) => [...new Set(ids)].sort((a, b) => a - b)),
);

export const featureFlagSchema = z.object({
  name: z
    .string({ error: "A name is required" })
    .trim()
    .regex(FLAG_NAME, "Lowercase letters, digits, _ . - (2–100), starting with a letter"),
  description: z.string().trim().max(500).default(""),
  enabled: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  rollout_percentage: z.coerce
    .number({ error: "A whole number from 0 to 100" })
    .int("A whole number from 0 to 100")
    .min(0, "At least 0")
    .max(100, "At most 100"),
  allowed_user_ids: userIdList.default([]),
});
export type FeatureFlagInput = z.output<typeof featureFlagSchema>;

/** PUT /admin/users/{id}/status */
export const userStatusSchema = z.object({
  status: z.enum(["active", "suspended"], { error: "status must be active or suspended" }),
});
