import { companyCoachingOutputSchema, type CompanyCoachingOutput } from "@/lib/validations/agents";
import type { AgentDefinition } from "../types";
import { coachingTools, loadSource, type CoachingInput } from "./tools";

const PRACTICE = 6;

export function summarizeCoaching(o: Omit<CompanyCoachingOutput, "summary">): string[] {
  const lines = [...o.patterns.insights.slice(0, 2)];
  if (o.star_coaching.length) {
    const complete = o.star_coaching.filter((c) => c.missing.length === 0).length;
    lines.push(
      `${complete} of your last ${o.star_coaching.length} behavioural answers had all four STAR parts.`,
    );
  } else {
    lines.push("Answer a few behavioural questions to get STAR coaching on your own answers.");
  }
  lines.push(
    o.story_bank.length
      ? `${o.story_bank.length} stories from your resume are ready to adapt: ${o.story_bank.map((s) => s.theme.toLowerCase()).join(", ")}.`
      : "Upload a resume to build your story bank.",
  );
  return lines;
}

export const companyCoachingAgent: AgentDefinition<CoachingInput, CompanyCoachingOutput> = {
  type: "company_coaching",
  systemPrompt: (
    input,
  ) => `You are an interview coach preparing a candidate for ${input.company}${input.role ? ` (${input.role})` : ""}.
Process: company_research (what the company asks), interview_pattern (its patterns),
star_method (coaching on the candidate's own behavioural answers), story_bank (stories from the resume).`,
  task: (input) => `Coach me for my ${input.company} interview.`,
  tools: coachingTools,
  plan: ["company_research", "interview_pattern", "star_method", "story_bank"],
  async synthesize(results, input, ctx) {
    const source = await loadSource(ctx, input);
    const research = results.get("company_research") as {
      kind: "community" | "bank";
      label: string;
      questions: number;
    };
    const patterns = results.get("interview_pattern") as CompanyCoachingOutput["patterns"];
    const stories = results.get("story_bank") as { stories: CompanyCoachingOutput["story_bank"] };
    const shown = new Set(patterns.examples.map((e) => e.question_id));
    const base = {
      company: input.company,
      role: input.role ?? source.role,
      source: { kind: research.kind, questions: research.questions, label: research.label },
      patterns,
      star_coaching: results.get("star_method") as CompanyCoachingOutput["star_coaching"],
      story_bank: stories.stories,
      practice: source.questions
        .filter((q) => !shown.has(q.id))
        .slice(0, PRACTICE)
        .map((q) => ({ question_id: q.id, text: q.text })),
    };
    return companyCoachingOutputSchema.parse({ ...base, summary: summarizeCoaching(base) });
  },
};
