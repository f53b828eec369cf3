import { z } from "zod";
import { CommunityQuestionStatus, ExperienceLevel } from "@/lib/db/generated/enums";
import { categorySchema } from "./enums";
import { roleSchema, stripControlCharacters } from "./interview";
import { expectedPointsSchema, questionTextSchema } from "./question";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const companySchema = z
  .string({ error: "Company is required" })
  .transform((v) => stripControlCharacters(v).replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(2, "Company must be at least 2 characters")
      .max(100, "Company must be at most 100 characters")
      .refine((v) => !/[<>]/.test(v), "Company contains invalid characters"),
  );

/** The grouping key of a company ("  ACME  corp" and "Acme Corp" are one company). */
export const companyKey = (company: string): string =>
  company.replace(/\s+/g, " ").trim().toLowerCase();

const interviewDateSchema = z.iso
  .date("Use a date like 2026-11-30")
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine(
    (d) => d.getTime() <= Date.now() + 86_400_000,
    "The interview date cannot be in the future",
  )
  .refine((d) => d.getUTCFullYear() >= 2000, "The interview date is too far in the past");

export const submitCommunityQuestionSchema = z.object({
  company: companySchema,
  role: roleSchema,
  level: z.preprocess(blankToUndefined, z.enum(ExperienceLevel).optional()),
  interview_date: z.preprocess(blankToUndefined, interviewDateSchema.optional()),
  category: categorySchema,
  question_text: z
    .string({ error: "The question is required" })
    .transform((v) => stripControlCharacters(v).trim())
    .pipe(questionTextSchema),
  notes: z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((v) => stripControlCharacters(v).trim())
      .pipe(z.string().max(2000, "Notes are at most 2000 characters"))
      .optional(),
  ),
});
export type SubmitCommunityQuestionInput = z.output<typeof submitCommunityQuestionSchema>;

export const voteSchema = z.object({
  vote: z.enum(["up", "down", "none"], { error: 'vote is "up", "down" or "none"' }),
});

export const REPORT_REASONS = ["spam", "offensive", "inaccurate", "duplicate", "other"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
/** What each reason means, as the reporter picks it and the moderator reads it. */
export const REPORT_REASON_LABELS: Record<ReportReason, { label: string; hint: string }> = {
  spam: { label: "Spam or advertising", hint: "Promotes a product, link or service." },
  offensive: { label: "Offensive or abusive", hint: "Insults, harassment or hateful content." },
  inaccurate: {
    label: "Not a real interview question",
    hint: "Made up, wrong company or role, or misleading.",
  },
  duplicate: { label: "Duplicate", hint: "The same question is already listed." },
  other: { label: "Something else", hint: "Tell the moderators what is wrong below." },
};
/** A stored reason's label (reasons from before a rename show as stored). */
export const reportReasonLabel = (reason: string): string =>
  (REPORT_REASONS as readonly string[]).includes(reason)
    ? REPORT_REASON_LABELS[reason as ReportReason].label
    : reason;
export const reportSchema = z.object({
  reason: z.enum(REPORT_REASONS, { error: `reason is one of ${REPORT_REASONS.join(", ")}` }),
  details: z.preprocess(blankToUndefined, z.string().trim().max(1000).optional()),
});

export const moderateSchema = z
  .object({
    action: z.enum(["approve", "reject", "flag"], { error: "action is approve, reject or flag" }),
    note: z.preprocess(blankToUndefined, z.string().trim().max(1000).optional()),
    // What a good answer covers: needed to practise and score it (one per line in forms).
    points: z
      .preprocess(
        (v) =>
          typeof v === "string"
            ? v
                .split("\n")
                .map((l) => l.trim())
                .filter(Boolean)
            : v,
        expectedPointsSchema,
      )
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.action === "reject" && !v.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "Say why it is rejected" });
    }
  });

export const browseCommunitySchema = z.object({
  company: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
  role: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
  sort: z.preprocess(blankToUndefined, z.enum(["top", "newest"]).default("top")),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  page_size: z.coerce.number().int().min(1).max(50).default(20),
});

export const moderationQueueSchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum(CommunityQuestionStatus).optional()),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  page_size: z.coerce.number().int().min(1).max(50).default(20),
});

export const practiseCompanySchema = z.object({
  company: companySchema,
  role: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
  question_count: z.coerce.number().int().min(1).max(20).default(5),
});
