import { db } from "@/lib/db/client";
import type { AgentExecution } from "@/lib/db/generated/client";
import type { AgentType } from "@/lib/db/generated/enums";
import { conflict } from "@/lib/errors";
import { ownedJobDescription } from "@/lib/job-descriptions/job-description-service";
import { canonicalRole } from "@/lib/questions/role-match";
import { ownedResume } from "@/lib/resumes/resume-queries";
import {
  companyCoachingRequestSchema,
  resumeAnalysisRequestSchema,
  studyPlanRequestSchema,
} from "@/lib/validations/agents";
import { parseInput } from "@/lib/validations/parse";
import type { AgentInput } from "./definitions";
import { toExecutionDto } from "./execution-dto";
import { queueAgentRun, type QueueOptions } from "./executions";

/** A recent analysis of the same resume for the same target is served instead of a new run. */
export const ANALYSIS_FRESH_DAYS = 30;
export const STUDY_PLAN_DEFAULTS = { days: 7, minutesPerDay: 45 } as const;

// jsonb does not keep key order: compare with sorted keys.
const canonical = (v: unknown): string =>
  v && typeof v === "object" && !Array.isArray(v)
    ? `{${Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
        .join(",")}}`
    : JSON.stringify(v ?? null);
const sameInput = (a: unknown, b: Record<string, unknown>) => canonical(a) === canonical(b);

async function targetRoleOf(userId: number, given: string | undefined): Promise<string | null> {
  if (given) return canonicalRole(given);
  const user = await db.user.findUnique({ where: { id: userId }, select: { targetRole: true } });
  return user?.targetRole ?? null;
}

/** A run of the same agent and input still queued or running: asked for twice, run once. */
async function inFlight(userId: number, agentType: AgentType, input: Record<string, unknown>) {
  const rows = await db.agentExecution.findMany({
    where: { userId, agentType, status: { in: ["queued", "running"] } },
    orderBy: { createdAt: "desc" },
    take: 10,
  });
  return rows.find((r) => sameInput(r.input, input)) ?? null;
}

async function queueOnce(
  userId: number,
  agentType: AgentType,
  input: Record<string, unknown>,
  options: QueueOptions = {},
): Promise<{ status: 202; data: ReturnType<typeof toExecutionDto> & { cached: false } }> {
  const row: AgentExecution =
    (await inFlight(userId, agentType, input)) ??
    (await queueAgentRun(userId, agentType, input, options));
  return { status: 202, data: { ...toExecutionDto(row), cached: false } };
}

/**
 * POST /resumes/{id}/analyze: the resume analysis agent against a job description or a target
 * role (the profile's by default). The resume must be ready (409). An analysis of the same
 * resume for the same target made within 30 days, after the resume was last analysed, is
 * returned at once (200, cached) unless `refresh` is set; otherwise a run is queued (202).
 */
export async function requestResumeAnalysis(userId: number, resumeId: number, body: unknown) {
  const request = parseInput(resumeAnalysisRequestSchema, body ?? {});
  const resume = await ownedResume(userId, resumeId);
  if (resume.status !== "ready") {
    throw conflict(
      resume.status === "failed"
        ? "That resume could not be read; upload another version."
        : "That resume is still being analysed; try again in a moment.",
    );
  }
  const job = request.job_description_id
    ? await ownedJobDescription(userId, request.job_description_id)
    : null;
  const input: AgentInput<"resume_analysis"> = {
    resumeId: resume.id,
    jobDescriptionId: job?.id ?? null,
    targetRole: job ? null : await targetRoleOf(userId, request.target_role),
  };
  if (!request.refresh) {
    const since = new Date(Date.now() - ANALYSIS_FRESH_DAYS * 86_400_000);
    const recent = await db.agentExecution.findMany({
      where: {
        userId,
        agentType: "resume_analysis",
        resumeId: resume.id,
        status: { in: ["completed", "fallback"] },
        createdAt: { gte: since, ...(resume.analysedAt ? { gt: resume.analysedAt } : {}) },
      },
      orderBy: { createdAt: "desc" },
      take: 10,
    });
    const hit = recent.find((r) => sameInput(r.input, input));
    if (hit)
      return { status: 200, data: { ...toExecutionDto(hit, { detail: true }), cached: true } };
  }
  return queueOnce(userId, "resume_analysis", input, {
    resumeId: resume.id,
    jobDescriptionId: job?.id ?? null,
  });
}

/** POST /agents/study-plan: a new plan (7 days of 45 minutes unless asked otherwise). */
export async function requestStudyPlan(userId: number, body: unknown) {
  const request = parseInput(studyPlanRequestSchema, body ?? {});
  const job = request.job_description_id
    ? await ownedJobDescription(userId, request.job_description_id)
    : null;
  const input: AgentInput<"study_plan"> = {
    days: request.days ?? STUDY_PLAN_DEFAULTS.days,
    minutesPerDay: request.minutes_per_day ?? STUDY_PLAN_DEFAULTS.minutesPerDay,
    targetRole: await targetRoleOf(userId, request.target_role),
    jobDescriptionId: job?.id ?? null,
    sessionId: null,
  };
  return queueOnce(userId, "study_plan", input, { jobDescriptionId: job?.id ?? null });
}

/** POST /agents/company-coaching: coaching for one company (and role). */
export async function requestCompanyCoaching(userId: number, body: unknown) {
  const request = parseInput(companyCoachingRequestSchema, body);
  const input: AgentInput<"company_coaching"> = {
    company: request.company.replace(/\s+/g, " "),
    role: request.role ? canonicalRole(request.role) : null,
  };
  return queueOnce(userId, "company_coaching", input);
}
