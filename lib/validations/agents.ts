import { z } from "zod";
import { categorySchema, difficultySchema } from "./enums";
import { idInputSchema } from "./id";
import { jobMatchReportSchema } from "./job-description";
import { seniorityLevelSchema } from "./resume-analysis";

// The agents' requests and outputs (lib/agents): what the API accepts and what runs store.

const roleText = z.string().trim().min(2, "A role is at least 2 characters").max(100);

/** POST /resumes/{id}/analyze. */
export const resumeAnalysisRequestSchema = z.object({
  job_description_id: idInputSchema.optional(),
  target_role: roleText.optional(),
  /** Run again even when a recent analysis for the same target exists. */
  refresh: z.boolean().optional(),
});

/** POST /agents/study-plan. */
export const studyPlanRequestSchema = z.object({
  days: z.number().int().min(3).max(28).optional(),
  minutes_per_day: z.number().int().min(15).max(240).optional(),
  target_role: roleText.optional(),
  job_description_id: idInputSchema.optional(),
});

/** POST /agents/company-coaching. */
export const companyCoachingRequestSchema = z.object({
  company: z.string().trim().min(1, "company is required").max(200),
  role: roleText.optional(),
});

/** PATCH /agents/study-plan/tasks/{taskId}. */
export const studyTaskTickSchema = z.object({
  done: z.boolean({ error: "done must be true or false" }),
});
export const studyTaskIdSchema = z.string().regex(/^[a-z0-9-]{4,80}$/, "Unknown task id");

/** GET /agents/executions. */
export const agentExecutionsQuerySchema = z.object({
  agent_type: z.enum(["resume_analysis", "study_plan", "company_coaching"]).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

// ── Resume analysis ──────────────────────────────────────────────────────────────────────────

const skillRef = z.object({ id: z.string(), name: z.string() });

export const skillGapChartRowSchema = z.object({
  category: z.string(),
  label: z.string(),
  covered: z.number().int().nonnegative(),
  transferable: z.number().int().nonnegative(),
  missing: z.number().int().nonnegative(),
});

export const roadmapPhaseSchema = z.object({
  /** "30", "60", "90": the day the phase ends. */
  days: z.enum(["30", "60", "90"]),
  title: z.string(),
  focus: z.array(skillRef),
  actions: z.array(z.string()),
});

export const resumeAnalysisOutputSchema = z.object({
  resume_id: z.number().int(),
  target: z.object({
    kind: z.enum(["job", "role"]),
    label: z.string(),
    job_description_id: z.number().int().nullable(),
  }),
  inventory: z.object({
    total: z.number().int().nonnegative(),
    categories: z.array(
      z.object({
        category: z.string(),
        label: z.string(),
        skills: z.array(skillRef.extend({ confidence: z.number(), evidence: z.string() })),
      }),
    ),
  }),
  experience: z.object({
    total_years: z.number(),
    seniority: seniorityLevelSchema.nullable(),
    current_role: z.string().nullable(),
    trend: z.string(),
    promotions: z.number().int(),
    average_tenure_months: z.number().int(),
    career_change: z.string().nullable(),
    gaps: z.array(z.string()),
    timeline: z.array(
      z.object({
        title: z.string().nullable(),
        company: z.string().nullable(),
        start: z.string(),
        end: z.string(),
        months: z.number().int(),
        level: z.string().nullable(),
      }),
    ),
  }),
  gaps: jobMatchReportSchema.extend({
    chart: z.array(skillGapChartRowSchema),
    requirement_warnings: z.array(z.string()),
  }),
  roadmap: z.array(roadmapPhaseSchema),
  summary: z.array(z.string()),
});
export type ResumeAnalysisOutput = z.infer<typeof resumeAnalysisOutputSchema>;
export type SkillGapChartRow = z.infer<typeof skillGapChartRowSchema>;
export type RoadmapPhase = z.infer<typeof roadmapPhaseSchema>;

// ── Study plan ───────────────────────────────────────────────────────────────────────────────

export const studyTaskSchema = z.object({
  /** Stable across re-plans (what it is about, not which day): ticks survive adaptation. */
  id: z.string(),
  kind: z.enum(["review", "practice", "learn", "mock"]),
  title: z.string(),
  detail: z.string(),
  minutes: z.number().int().positive(),
  category: categorySchema.nullable(),
  skill: skillRef.nullable(),
  question_id: z.number().int().nullable(),
  /** Why it is in the plan, from the user's data. */
  reason: z.string(),
});

export const studyPlanDataSchema = z.object({
  version: z.literal(1),
  start_date: z.string(),
  minutes_per_day: z.number().int(),
  target_role: z.string().nullable(),
  days: z.array(
    z.object({
      day: z.number().int().positive(),
      date: z.string(),
      theme: z.string(),
      minutes: z.number().int().nonnegative(),
      tasks: z.array(studyTaskSchema),
    }),
  ),
  focus: z.object({
    weak_categories: z.array(
      z.object({ category: categorySchema, label: z.string(), average_score: z.number() }),
    ),
    skill_gaps: z.array(skillRef),
    review_due: z.number().int().nonnegative(),
    recent_scores: z.array(z.number()),
    recommended_difficulty: difficultySchema,
  }),
  /** What changed since the previous plan (after a session), in words. */
  changes: z.array(z.string()),
  summary: z.array(z.string()),
});
export type StudyPlanData = z.infer<typeof studyPlanDataSchema>;
export type StudyTask = z.infer<typeof studyTaskSchema>;

// ── Company coaching ─────────────────────────────────────────────────────────────────────────

export const companyCoachingOutputSchema = z.object({
  company: z.string(),
  role: z.string().nullable(),
  source: z.object({
    kind: z.enum(["community", "bank"]),
    questions: z.number().int().nonnegative(),
    label: z.string(),
  }),
  patterns: z.object({
    categories: z.array(
      z.object({ category: categorySchema, label: z.string(), share: z.number() }),
    ),
    topics: z.array(z.object({ topic: z.string(), questions: z.number().int() })),
    difficulty: z.array(z.object({ difficulty: difficultySchema, share: z.number() })),
    examples: z.array(
      z.object({ question_id: z.number().int(), text: z.string(), category: categorySchema }),
    ),
    insights: z.array(z.string()),
  }),
  star_coaching: z.array(
    z.object({
      answer_id: z.number().int(),
      question: z.string(),
      score: z.number().nullable(),
      parts: z.object({
        situation: z.string().nullable(),
        task: z.string().nullable(),
        action: z.string().nullable(),
        result: z.string().nullable(),
      }),
      missing: z.array(z.enum(["situation", "task", "action", "result"])),
      advice: z.array(z.string()),
    }),
  ),
  story_bank: z.array(
    z.object({
      theme: z.string(),
      prompt: z.string(),
      role: z.string().nullable(),
      evidence: z.string(),
      star: z.object({
        situation: z.string(),
        task: z.string(),
        action: z.string(),
        result: z.string(),
      }),
    }),
  ),
  practice: z.array(z.object({ question_id: z.number().int(), text: z.string() })),
  summary: z.array(z.string()),
});
export type CompanyCoachingOutput = z.infer<typeof companyCoachingOutputSchema>;
