import {
  resumeAnalysisOutputSchema,
  type ResumeAnalysisOutput,
  type RoadmapPhase,
} from "@/lib/validations/agents";
import type { AgentDefinition } from "../types";
import { resumeAnalysisTools, type GapResult, type ResumeAnalysisInput } from "./tools";

const PLAN = [
  "resume_parser",
  "skill_extractor",
  "experience_analyzer",
  "skill_gap",
  "roadmap_generator",
] as const;

/** The analysis's opening lines, from the tools' results (the same with or without an LLM). */
export function summarizeAnalysis(o: Omit<ResumeAnalysisOutput, "summary">): string[] {
  const lines: string[] = [];
  const top = o.inventory.categories[0];
  lines.push(
    `${o.inventory.total} skills across ${o.inventory.categories.length} categories${top ? `, strongest in ${top.label} (${top.skills.length})` : ""}.`,
  );
  const e = o.experience;
  if (e.timeline.length > 0) {
    lines.push(
      `${e.total_years} years of experience${e.seniority ? ` at ${e.seniority} level` : ""}; career trend ${e.trend}${e.promotions ? ` with ${e.promotions} promotion(s)` : ""}.`,
    );
  }
  const g = o.gaps;
  const requiredMissing = g.missing.filter((m) => m.importance === "required");
  lines.push(
    `Match with ${o.target.label}: ${g.score}/100${
      requiredMissing.length
        ? `; required skills missing: ${requiredMissing
            .slice(0, 5)
            .map((m) => m.name)
            .join(", ")}`
        : "; no required skill is missing"
    }.`,
  );
  const bridge = g.transferable.find((t) => t.relation !== "category");
  if (bridge) lines.push(`Closest bridge: ${bridge.name} from your ${bridge.via.name}.`);
  const first = o.roadmap[0];
  if (first) lines.push(`First 30 days: ${first.title.toLowerCase()}.`);
  return lines;
}

export const resumeAnalysisAgent: AgentDefinition<ResumeAnalysisInput, ResumeAnalysisOutput> = {
  type: "resume_analysis",
  systemPrompt: (input) => `You are an AI career coach analysing a candidate's resume.
Your goal: identify
1. the complete skill inventory (technical, soft skills, tools, languages);
2. the experience timeline and career progression;
3. the skill gaps against the target (${input.jobDescriptionId ? "the job description they chose" : input.targetRole ? `the role "${input.targetRole}"` : "their current role"});
4. a personalised 30/60/90-day improvement roadmap.
Process: resume_parser, skill_extractor, experience_analyzer, skill_gap, then roadmap_generator
(you may pass focus_skills to it: the gaps that matter most for this candidate).`,
  task: () =>
    "Analyse my resume against my target and give me the roadmap. Use the tools, then give your advice.",
  tools: resumeAnalysisTools,
  plan: PLAN,
  synthesize(results) {
    const gaps = results.get("skill_gap") as GapResult;
    const parsed = results.get("resume_parser") as { resume_id: number };
    const base = {
      resume_id: parsed.resume_id,
      target: gaps.target,
      inventory: results.get("skill_extractor") as ResumeAnalysisOutput["inventory"],
      experience: results.get("experience_analyzer") as ResumeAnalysisOutput["experience"],
      gaps: { ...gaps.report, chart: gaps.chart, requirement_warnings: gaps.warnings },
      roadmap: results.get("roadmap_generator") as RoadmapPhase[],
    };
    return resumeAnalysisOutputSchema.parse({ ...base, summary: summarizeAnalysis(base) });
  },
};
