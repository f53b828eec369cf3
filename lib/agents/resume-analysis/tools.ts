import { z } from "zod";
import { matchResumeToJob } from "@/lib/job-descriptions";
import { ownedJobDescription } from "@/lib/job-descriptions/job-description-service";
import { questionBank } from "@/lib/questions/bank/load";
import { readyResumeProfile, type ResumeProfile } from "@/lib/resumes/candidate-profile";
import { MIN_SKILL_CONFIDENCE } from "@/lib/resumes/skill-matcher";
import { getTaxonomy } from "@/lib/resumes/taxonomy";
import {
  jobRequirementsSchema,
  type JobMatchReport,
  type JobRequirements,
} from "@/lib/validations/job-description";
import type {
  ResumeAnalysisOutput,
  RoadmapPhase,
  SkillGapChartRow,
} from "@/lib/validations/agents";
import type { AgentTool, ToolContext } from "../types";
import { gapChart } from "./gap-chart";
import { practiceCounts, roleRequirements } from "./role-requirements";
import { buildRoadmap } from "./roadmap";

export interface ResumeAnalysisInput {
  /** The resume to analyse; null for the primary one. */
  resumeId: number | null;
  jobDescriptionId: number | null;
  /** The role to compare against when no job is given (else the resume's current title). */
  targetRole: string | null;
}

const FALLBACK_ROLE = "Software Engineer";
const MAX_EVIDENCE = 160;

export const loadResume = (ctx: ToolContext, resumeId: number | null): Promise<ResumeProfile> =>
  ctx.memo(`resume:${resumeId ?? "primary"}`, () => readyResumeProfile(ctx.userId, resumeId));

export interface GapTarget {
  kind: "job" | "role";
  label: string;
  jobDescriptionId: number | null;
  requirements: JobRequirements;
}

/** What the resume is compared with: the job, else the target role, else its current title. */
export function loadTarget(ctx: ToolContext, input: ResumeAnalysisInput): Promise<GapTarget> {
  return ctx.memo("target", async () => {
    if (input.jobDescriptionId !== null) {
      const job = await ownedJobDescription(ctx.userId, input.jobDescriptionId);
      const requirements = jobRequirementsSchema.parse(job.requirements);
      const title = job.title ?? requirements.title ?? "this job";
      return {
        kind: "job" as const,
        label: job.company ? `${title} at ${job.company}` : title,
        jobDescriptionId: job.id,
        requirements,
      };
    }
    const { analysis } = await loadResume(ctx, input.resumeId);
    const role = input.targetRole ?? analysis?.experience.currentRole?.title ?? FALLBACK_ROLE;
    const bank = questionBank();
    return {
      kind: "role" as const,
      label: role,
      jobDescriptionId: null,
      requirements: roleRequirements(role, bank.questions, bank.roles),
    };
  });
}

export interface GapResult {
  target: { kind: "job" | "role"; label: string; job_description_id: number | null };
  report: JobMatchReport;
  chart: SkillGapChartRow[];
  warnings: string[];
}

export function loadGaps(ctx: ToolContext, input: ResumeAnalysisInput): Promise<GapResult> {
  return ctx.memo("gaps", async () => {
    const [{ profile }, target] = await Promise.all([
      loadResume(ctx, input.resumeId),
      loadTarget(ctx, input),
    ]);
    const report = matchResumeToJob(profile, target.requirements);
    return {
      target: {
        kind: target.kind,
        label: target.label,
        job_description_id: target.jobDescriptionId,
      },
      report,
      chart: gapChart(report, getTaxonomy()),
      warnings: target.requirements.warnings,
    };
  });
}

const names = (list: readonly { name: string }[], max = 5) =>
  list.length === 0
    ? "none"
    : list.length <= max
      ? list.map((s) => s.name).join(", ")
      : `${list
          .slice(0, max)
          .map((s) => s.name)
          .join(", ")} and ${list.length - max} more`;

type Inventory = ResumeAnalysisOutput["inventory"];
type Experience = ResumeAnalysisOutput["experience"];

/** The resume analysis agent's tools (spec: resume_parser … roadmap_generator). */
export function resumeAnalysisTools(input: ResumeAnalysisInput) {
  const resumeParser: AgentTool<
    z.ZodObject,
    {
      resume_id: number;
      filename: string;
      sections: string[];
      roles: number;
      skills: number;
      education: string | null;
      certifications: string[];
      warnings: string[];
    }
  > = {
    name: "resume_parser",
    description:
      "Reads the structure of the candidate's resume: its sections, number of roles and skills, education, certifications and anything that could not be read.",
    args: z.object({}),
    async run(_args, ctx) {
      const { resume, analysis, profile } = await loadResume(ctx, input.resumeId);
      return {
        resume_id: resume.id,
        filename: resume.filename,
        sections: analysis?.sections ?? [],
        roles: analysis?.experience.roles.length ?? 0,
        skills: profile.skills.length,
        education: analysis?.education.highestLevel ?? null,
        certifications: (analysis?.certifications ?? []).map((c) => c.name),
        warnings: analysis
          ? analysis.warnings
          : ["The detailed analysis could not be read; only the stored skills are used."],
      };
    },
    summarize: (o) =>
      `${o.filename}: ${o.sections.length} sections, ${o.roles} roles, ${o.skills} skills${o.education ? `, ${o.education} degree` : ""}${o.warnings.length ? `; ${o.warnings.length} warning(s)` : ""}.`,
  };

  const skillExtractor: AgentTool<
    z.ZodObject<{ category: z.ZodOptional<z.ZodString> }>,
    Inventory
  > = {
    name: "skill_extractor",
    description:
      "Lists the candidate's skills by category, each with a confidence and the resume line it was read from. Optionally only one category id (e.g. backend, cloud, soft).",
    args: z.object({ category: z.string().max(40).optional() }),
    partial: ({ category }) => category !== undefined,
    async run({ category }, ctx) {
      const taxonomy = getTaxonomy();
      const { analysis, profile } = await loadResume(ctx, input.resumeId);
      const lines = new Map((analysis?.skills ?? []).map((s) => [s.id, s.line]));
      const groups = new Map<string, Inventory["categories"][number]>();
      const skills = [...profile.skills]
        .filter((s) => s.confidence >= MIN_SKILL_CONFIDENCE)
        .sort((a, b) => b.confidence - a.confidence);
      for (const s of skills) {
        const known = taxonomy.byId.get(s.id);
        const cat = known?.category ?? "other";
        if (category && cat !== category) continue;
        let group = groups.get(cat);
        if (!group) {
          group = { category: cat, label: taxonomy.categories.get(cat) ?? "Other", skills: [] };
          groups.set(cat, group);
        }
        group.skills.push({
          id: s.id,
          name: known?.name ?? s.id,
          confidence: Math.round(s.confidence * 100) / 100,
          evidence: (lines.get(s.id) ?? s.line ?? "").slice(0, MAX_EVIDENCE),
        });
      }
      const categories = [...groups.values()].sort(
        (a, b) => b.skills.length - a.skills.length || a.label.localeCompare(b.label),
      );
      return { total: categories.reduce((n, c) => n + c.skills.length, 0), categories };
    },
    summarize: (o) =>
      `${o.total} skills in ${o.categories.length} categories; most in ${
        o.categories
          .slice(0, 3)
          .map((c) => `${c.label} (${c.skills.length})`)
          .join(", ") || "none"
      }.`,
  };

  const experienceAnalyzer: AgentTool<z.ZodObject, Experience> = {
    name: "experience_analyzer",
    description:
      "Reads the candidate's job history: total years, seniority, current role, career progression (trend, promotions, tenure, gaps, career change) and the timeline of roles.",
    args: z.object({}),
    async run(_args, ctx) {
      const { analysis, profile } = await loadResume(ctx, input.resumeId);
      const e = analysis?.experience;
      if (!e) {
        return {
          total_years: profile.experience?.totalYears ?? 0,
          seniority: null,
          current_role: null,
          trend: "none",
          promotions: 0,
          average_tenure_months: 0,
          career_change: null,
          gaps: [],
          timeline: [],
        };
      }
      const current = e.currentRole
        ? [e.currentRole.title, e.currentRole.company].filter(Boolean).join(" at ") || null
        : null;
      return {
        total_years: e.totalYears,
        seniority: e.seniority,
        current_role: current,
        trend: e.progression.trend,
        promotions: e.progression.promotions,
        average_tenure_months: e.progression.averageTenureMonths,
        career_change: e.progression.careerChange
          ? `From ${e.progression.careerChange.from} to ${e.progression.careerChange.to} since ${e.progression.careerChange.since}`
          : null,
        gaps: e.progression.gaps.map((g) => `${g.start} to ${g.end} (${g.months} months)`),
        timeline: e.roles.map((r) => ({
          title: r.title,
          company: r.company,
          start: r.start,
          end: r.ongoing ? "present" : r.end,
          months: r.months,
          level: r.level,
        })),
      };
    },
    summarize: (o) =>
      `${o.total_years} years${o.seniority ? `, ${o.seniority} level` : ""}${o.current_role ? `, now ${o.current_role}` : ""}; trend ${o.trend}, ${o.promotions} promotion(s), ${o.timeline.length} roles.`,
  };

  const skillGap: AgentTool<z.ZodObject, GapResult> = {
    name: "skill_gap",
    description:
      "Compares the resume's skills with the target (the job description when one was given, else the target role): covered, transferable and missing skills with a 0-100 match score and a per-category chart.",
    args: z.object({}),
    run: (_args, ctx) => loadGaps(ctx, input),
    summarize: (o) =>
      `Against ${o.target.label}: score ${o.report.score}/100; covered ${o.report.covered.length}, transferable ${o.report.transferable.length}, missing ${o.report.missing.length} (${names(o.report.missing)}).`,
  };

  const roadmapGenerator: AgentTool<
    z.ZodObject<{ focus_skills: z.ZodOptional<z.ZodArray<z.ZodString>> }>,
    RoadmapPhase[]
  > = {
    name: "roadmap_generator",
    description:
      "Builds the 30/60/90-day improvement roadmap from the skill gaps. Optionally name up to 5 skills (ids or names) to put first.",
    args: z.object({ focus_skills: z.array(z.string().max(60)).max(5).optional() }),
    async run({ focus_skills }, ctx) {
      const [gaps, { profile }] = await Promise.all([
        loadGaps(ctx, input),
        loadResume(ctx, input.resumeId),
      ]);
      const bank = questionBank();
      const taxonomy = getTaxonomy();
      return buildRoadmap({
        report: gaps.report,
        targetLabel: gaps.target.label,
        practice: practiceCounts(
          gaps.target.kind === "role" ? gaps.target.label : null,
          bank.questions,
          bank.roles,
        ),
        ownSkills: profile.skills.map((s) => ({
          id: s.id,
          name: taxonomy.byId.get(s.id)?.name ?? s.id,
          confidence: s.confidence,
        })),
        focus: focus_skills,
      });
    },
    summarize: (o) =>
      o
        .map((p) => `${p.days} days: ${p.title}${p.focus.length ? ` (${names(p.focus, 3)})` : ""}`)
        .join("; ") + ".",
  };

  return [resumeParser, skillExtractor, experienceAnalyzer, skillGap, roadmapGenerator];
}
