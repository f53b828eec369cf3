import { z } from "zod";
import { analyse } from "@/lib/ai/offline/nlp/analyse";
import { detectStar } from "@/lib/ai/offline/evaluator/star";
import { companyQuestionIds } from "@/lib/community/service";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { matchBankRoles } from "@/lib/questions/role-match";
import { readyResumeProfile } from "@/lib/resumes/candidate-profile";
import { splitSections } from "@/lib/resumes/sections";
import { openText, resumeTextContext } from "@/lib/resumes/sealed";
import { starBreakdownSchema } from "@/lib/validations/stored-json";
import type { CompanyCoachingOutput } from "@/lib/validations/agents";
import type { AgentTool, ToolContext } from "../types";
import { interviewPatterns, type SourceQuestion } from "./patterns";
import { coachAnswer, type PastAnswer } from "./star-coach";
import { buildStoryBank } from "./story-bank";

export interface CoachingInput {
  company: string;
  role: string | null;
}

const DEFAULT_ROLE = "Software Engineer";
const MAX_SOURCE = 120;
const MAX_ANSWERS = 6;

interface Source {
  kind: "community" | "bank";
  label: string;
  role: string;
  questions: SourceQuestion[];
}

const questionSelect = {
  id: true,
  questionText: true,
  category: true,
  difficulty: true,
  skills: true,
} as const;
const toSource = (q: {
  id: number;
  questionText: string;
  category: SourceQuestion["category"];
  difficulty: SourceQuestion["difficulty"];
  skills: string[];
}): SourceQuestion => ({
  id: q.id,
  text: q.questionText,
  category: q.category,
  difficulty: q.difficulty,
  skills: q.skills,
});

function loadSource(ctx: ToolContext, input: CoachingInput): Promise<Source> {
  return ctx.memo("source", async () => {
    const user = await db.user.findUnique({
      where: { id: ctx.userId },
      select: { targetRole: true },
    });
    const role = input.role ?? user?.targetRole ?? DEFAULT_ROLE;
    // The company's approved community questions for the role, else for any role.
    let ids = await companyQuestionIds(input.company, input.role ?? undefined);
    if (ids.length === 0 && input.role) ids = await companyQuestionIds(input.company);
    if (ids.length > 0) {
      const rows = await db.question.findMany({
        where: { id: { in: ids.slice(0, MAX_SOURCE) } },
        select: questionSelect,
      });
      const order = new Map(ids.map((id, i) => [id, i]));
      rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      return {
        kind: "community" as const,
        label: `${input.company} (community reports)`,
        role,
        questions: rows.map(toSource),
      };
    }
    const roles = [role, ...matchBankRoles(role).primary];
    const rows = await db.question.findMany({
      where: { role: { in: roles }, source: "bank", retiredAt: null, ownerUserId: null },
      orderBy: { id: "asc" },
      take: MAX_SOURCE,
      select: questionSelect,
    });
    return {
      kind: "bank" as const,
      label: `the ${role} question bank (no community reports for ${input.company} yet)`,
      role,
      questions: rows.map(toSource),
    };
  });
}

async function loadPastAnswers(ctx: ToolContext): Promise<PastAnswer[]> {
  const rows = await db.answer.findMany({
    where: {
      kind: "answer",
      session: { userId: ctx.userId },
      question: { category: "Behavioral" },
      evaluation: { status: "completed" },
    },
    orderBy: { submittedAt: "desc" },
    take: MAX_ANSWERS,
    select: {
      id: true,
      answerText: true,
      question: { select: { questionText: true } },
      evaluation: { select: { overallScore: true, star: true } },
    },
  });
  return rows.map((r) => {
    const stored = starBreakdownSchema.safeParse(r.evaluation?.star);
    // Answers graded before STAR breakdowns were stored are read now, the same way.
    const star = stored.success ? stored.data : detectStar(analyse(r.answerText)).breakdown;
    return {
      answerId: r.id,
      question: r.question.questionText,
      text: r.answerText,
      score: r.evaluation?.overallScore ?? null,
      star,
    };
  });
}

interface ResumeStories {
  available: boolean;
  reason: string | null;
  stories: CompanyCoachingOutput["story_bank"];
}

async function loadStories(ctx: ToolContext): Promise<ResumeStories> {
  try {
    const { resume, analysis } = await readyResumeProfile(ctx.userId, null);
    if (!resume.extractedText || !analysis) {
      return { available: false, reason: "The resume's text could not be read.", stories: [] };
    }
    const text = openText(resume.extractedText, resumeTextContext(resume.id));
    const lines = splitSections(text).filter(
      (l) =>
        !l.heading &&
        (l.section === "experience" || l.section === "projects" || l.section === "summary"),
    );
    const roles = analysis.experience.roles.map((r) => ({
      title: r.title,
      company: r.company,
      start: r.start,
      end: r.ongoing ? "present" : r.end,
      lineNumber: r.lineNumber,
    }));
    return { available: true, reason: null, stories: buildStoryBank(lines, roles) };
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") {
      return { available: false, reason: error.message, stories: [] };
    }
    throw error;
  }
}

type Patterns = CompanyCoachingOutput["patterns"];

/** The company coaching agent's tools (spec: company_research, interview_pattern, star_method, …). */
export function coachingTools(input: CoachingInput) {
  const companyResearch: AgentTool<
    z.ZodObject,
    { kind: Source["kind"]; label: string; role: string; questions: number; sample: string[] }
  > = {
    name: "company_research",
    description:
      "Finds the interview questions known for the company: approved community reports when there are any, else the role's question bank.",
    args: z.object({}),
    async run(_args, ctx) {
      const s = await loadSource(ctx, input);
      return {
        kind: s.kind,
        label: s.label,
        role: s.role,
        questions: s.questions.length,
        sample: s.questions.slice(0, 5).map((q) => q.text),
      };
    },
    summarize: (o) => `${o.questions} question(s) from ${o.label}.`,
  };

  const interviewPattern: AgentTool<z.ZodObject, Patterns> = {
    name: "interview_pattern",
    description:
      "Reads the patterns of those questions: category and difficulty mix, the topics asked most, examples and insights.",
    args: z.object({}),
    async run(_args, ctx) {
      const s = await loadSource(ctx, input);
      return interviewPatterns(
        s.questions,
        s.kind === "community" ? input.company : `${s.role} interviews`,
      );
    },
    summarize: (o) => o.insights[0] ?? "No pattern found.",
  };

  const starMethod: AgentTool<z.ZodObject, CompanyCoachingOutput["star_coaching"]> = {
    name: "star_method",
    description:
      "STAR coaching on the candidate's own recent behavioural answers: which of situation, task, action, result each lacks, with advice quoting the answer.",
    args: z.object({}),
    async run(_args, ctx) {
      return (await loadPastAnswers(ctx)).map(coachAnswer);
    },
    summarize: (o) =>
      o.length === 0
        ? "No evaluated behavioural answers yet."
        : `${o.length} answer(s) coached; ${o.filter((c) => c.missing.length === 0).length} complete, most often missing: ${mostMissing(o) ?? "nothing"}.`,
  };

  const storyBank: AgentTool<z.ZodObject, ResumeStories> = {
    name: "story_bank",
    description:
      "Builds a bank of behavioural stories from the candidate's resume lines (leadership, impact, problem solving, collaboration, initiative, pressure), each as a STAR scaffold.",
    args: z.object({}),
    run: (_args, ctx) => loadStories(ctx),
    summarize: (o) =>
      o.available
        ? `${o.stories.length} stories: ${o.stories.map((s) => s.theme).join(", ") || "none"}.`
        : `No story bank: ${o.reason}`,
  };

  return [companyResearch, interviewPattern, starMethod, storyBank];
}

function mostMissing(coached: CompanyCoachingOutput["star_coaching"]): string | null {
  const counts = new Map<string, number>();
  for (const c of coached) for (const m of c.missing) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export { loadSource };
