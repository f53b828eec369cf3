import { z } from "zod";

// The stored and served shape of a resume analysis (resumes.skills / experience / education
// JSON columns, the analysis page, the agents' tools). Produced by lib/resumes/analyse.ts.

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM");
const confidence = z.number().min(0).max(1);

/** Seniority from intern to executive; the order is the ladder. */
export const SENIORITY_LEVELS = ["intern", "junior", "mid", "senior", "lead", "executive"] as const;
/** Broad kinds of work (to see career changes); the technical ones come first. */
export const ROLE_FAMILIES = [
  "engineering",
  "data",
  "design",
  "product",
  "qa",
  "security",
  "it-operations",
  "engineering-management",
  "education",
  "healthcare",
  "hospitality",
  "finance",
  "sales-marketing",
  "hr",
  "legal",
  "operations",
  "research",
  "other",
] as const;
export const TECH_ROLE_FAMILY_COUNT = 8;
/** Highest level of education, lowest first. */
export const EDUCATION_LEVELS = [
  "secondary",
  "vocational",
  "bootcamp",
  "associate",
  "bachelor",
  "master",
  "doctorate",
] as const;

export const seniorityLevelSchema = z.enum(SENIORITY_LEVELS);
export const roleFamilySchema = z.enum(ROLE_FAMILIES);
export const educationLevelSchema = z.enum(EDUCATION_LEVELS);

export const skillMatchSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  category: z.string().min(1),
  confidence,
  /** The line the skill was read from, as written. */
  line: z.string(),
  lineNumber: z.number().int().positive(),
  mentions: z.number().int().positive(),
});

export const roleSchema = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  start: yearMonth,
  end: yearMonth,
  ongoing: z.boolean(),
  months: z.number().int().nonnegative(),
  level: seniorityLevelSchema.nullable(),
  family: roleFamilySchema,
  internship: z.boolean(),
  lineNumber: z.number().int().positive(),
  dates: z.string(),
});

export const experienceSchema = z.object({
  roles: z.array(roleSchema),
  totalMonths: z.number().int().nonnegative(),
  totalYears: z.number().nonnegative(),
  professionalYears: z.number().nonnegative(),
  seniority: seniorityLevelSchema.nullable(),
  currentRole: z
    .object({ title: z.string().nullable(), company: z.string().nullable() })
    .nullable(),
  progression: z.object({
    trend: z.enum(["rising", "steady", "declining", "mixed", "none"]),
    promotions: z.number().int().nonnegative(),
    averageTenureMonths: z.number().int().nonnegative(),
    gaps: z.array(
      z.object({ start: yearMonth, end: yearMonth, months: z.number().int().positive() }),
    ),
    careerChange: z
      .object({ from: roleFamilySchema, to: roleFamilySchema, since: yearMonth })
      .nullable(),
  }),
});

export const educationEntrySchema = z.object({
  degree: z.string().nullable(),
  level: educationLevelSchema.nullable(),
  field: z.string().nullable(),
  institution: z.string().nullable(),
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
  ongoing: z.boolean(),
  lineNumber: z.number().int().positive(),
});

export const certificationSchema = z.object({
  name: z.string().min(1),
  issuer: z.string().nullable(),
  year: z.number().int().nullable(),
  lineNumber: z.number().int().positive(),
});

export const resumeAnalysisSchema = z.object({
  version: z.literal(1),
  /** The month "present" meant when the analysis ran. */
  asOf: yearMonth,
  skills: z.array(skillMatchSchema),
  /** Category id → skill ids, for the skill-gap chart. */
  skillsByCategory: z.record(z.string(), z.array(z.string())),
  experience: experienceSchema,
  education: z.object({
    entries: z.array(educationEntrySchema),
    highestLevel: educationLevelSchema.nullable(),
  }),
  certifications: z.array(certificationSchema),
  sections: z.array(z.string()),
  /** What could not be read, in words for the candidate. */
  warnings: z.array(z.string()),
});

export type ResumeAnalysis = z.infer<typeof resumeAnalysisSchema>;
export type SkillMatchData = z.infer<typeof skillMatchSchema>;
