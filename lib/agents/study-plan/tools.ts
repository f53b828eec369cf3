import { z } from "zod";
import { categoryStats } from "@/lib/analytics/compute-dashboard";
import { loadHistory } from "@/lib/analytics/load-history";
import { stepDifficulty } from "@/lib/analytics/recommendations";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { matchBankRoles } from "@/lib/questions/role-match";
import { activeReviewWhere } from "@/lib/review/review-queue";
import { getTaxonomy } from "@/lib/resumes/taxonomy";
import { bankTagsOf } from "@/lib/tailoring/skill-tags";
import {
  categorySchema,
  CATEGORY_LABELS,
  type Difficulty,
  type QuestionCategory,
} from "@/lib/validations/enums";
import { loadGaps } from "../resume-analysis/tools";
import type { AgentTool, ToolContext } from "../types";
import {
  schedulePlan,
  type PracticeQuestion,
  type ReviewDue,
  type SkillGap,
  type WeakArea,
} from "./schedule";

export interface StudyPlanInput {
  days: number;
  minutesPerDay: number;
  targetRole: string | null;
  jobDescriptionId: number | null;
  /** The session whose completion asked for this re-plan. */
  sessionId: number | null;
}

/** Below this average a category is weak. */
export const WEAK_BELOW = 70;
const RECENT = 5;
const MAX_GAPS = 6;
const PRACTICE_PER_AREA = 8;
const DEFAULT_ROLE = "Software Engineer";

export interface Performance {
  sessions: number;
  weak: WeakArea[];
  strong: WeakArea[];
  recentScores: number[];
  difficulty: Difficulty;
  role: string;
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);

export function loadPerformance(ctx: ToolContext, input: StudyPlanInput): Promise<Performance> {
  return ctx.memo("performance", async () => {
    const [history, user] = await Promise.all([
      loadHistory(ctx.userId),
      db.user.findUnique({ where: { id: ctx.userId }, select: { targetRole: true } }),
    ]);
    const stats = categoryStats(history.sessions, history.questions);
    const areas = stats.map((s) => ({
      category: s.category,
      averageScore: s.average_score,
      questions: s.questions,
    }));
    let weak = areas.filter((a) => a.averageScore < WEAK_BELOW);
    // Nothing below 70: the two lowest still need the most work.
    if (weak.length === 0)
      weak = [...areas].sort((a, b) => a.averageScore - b.averageScore).slice(0, 2);
    const recentScores = history.sessions.slice(-RECENT).map((s) => s.score);
    const last = history.sessions[history.sessions.length - 1];
    const lastScore = recentScores[recentScores.length - 1];
    const difficulty: Difficulty = !last
      ? "Medium"
      : stepDifficulty(last.difficulty, lastScore! >= 80 ? 1 : lastScore! < 50 ? -1 : 0);
    return {
      sessions: history.sessions.length,
      weak: weak.sort((a, b) => a.averageScore - b.averageScore),
      strong: areas.filter((a) => !weak.some((w) => w.category === a.category)),
      recentScores,
      difficulty,
      role: input.targetRole ?? user?.targetRole ?? last?.role ?? DEFAULT_ROLE,
    };
  });
}

function loadReviews(ctx: ToolContext, horizonDays: number): Promise<ReviewDue[]> {
  return ctx.memo("reviews", async () => {
    const until = new Date(ctx.now.getTime() + horizonDays * 86_400_000);
    const items = await db.reviewItem.findMany({
      where: { ...activeReviewWhere(ctx.userId), dueAt: { lte: until } },
      orderBy: [{ dueAt: "asc" }, { lastScore: "asc" }],
      take: 40,
      include: { question: { select: { questionText: true, category: true } } },
    });
    const today = ymd(ctx.now);
    return items.map((i) => ({
      questionId: i.questionId,
      text: i.question.questionText,
      category: i.question.category,
      lastScore: i.lastScore,
      dueDate: ymd(i.dueAt) < today ? today : ymd(i.dueAt),
    }));
  });
}

interface GapsOutcome {
  available: boolean;
  reason: string | null;
  target: string | null;
  gaps: SkillGap[];
}

function loadSkillGaps(
  ctx: ToolContext,
  input: StudyPlanInput,
  role: string,
): Promise<GapsOutcome> {
  return ctx.memo("skill-gaps", async () => {
    try {
      const result = await loadGaps(ctx, {
        resumeId: null,
        jobDescriptionId: input.jobDescriptionId,
        targetRole: role,
      });
      const gaps: SkillGap[] = [
        ...result.report.missing.map((m) => ({
          id: m.id,
          name: m.name,
          via: null,
          importance: m.importance,
        })),
        ...result.report.transferable.map((t) => ({
          id: t.id,
          name: t.name,
          via: t.via.name,
          importance: t.importance,
        })),
      ]
        .sort((a, b) => Number(a.importance === "nice") - Number(b.importance === "nice"))
        .slice(0, MAX_GAPS);
      return { available: true, reason: null, target: result.target.label, gaps };
    } catch (error) {
      // No ready resume: the plan works from scores and the review queue alone.
      if (isAppError(error) && error.code === "CONFLICT") {
        return { available: false, reason: error.message, target: null, gaps: [] };
      }
      throw error;
    }
  });
}

/** Questions to practise: the weak categories' and the gap skills' ones, those answered best left out. */
async function loadPractice(
  ctx: ToolContext,
  role: string,
  categories: readonly QuestionCategory[],
  gaps: readonly SkillGap[],
): Promise<PracticeQuestion[]> {
  const roles = [role, ...matchBankRoles(role).primary];
  const base = { retiredAt: null, ownerUserId: null, role: { in: roles } };
  // Questions already answered well (70+) are not practice any more.
  const mastered = await db.answer.findMany({
    where: { session: { userId: ctx.userId }, evaluation: { overallScore: { gte: WEAK_BELOW } } },
    select: { questionId: true },
  });
  const skip = new Set(mastered.map((m) => m.questionId));
  const out: PracticeQuestion[] = [];
  const seen = new Set<number>();
  const add = (
    rows: { id: number; questionText: string; category: QuestionCategory }[],
    skillId: string | null,
  ) => {
    for (const r of rows) {
      if (skip.has(r.id) || seen.has(r.id)) continue;
      seen.add(r.id);
      out.push({ questionId: r.id, text: r.questionText, category: r.category, skillId });
    }
  };
  const taxonomy = getTaxonomy();
  for (const gap of gaps) {
    const skill = taxonomy.byId.get(gap.id);
    if (!skill) continue;
    add(
      await db.question.findMany({
        where: { retiredAt: null, ownerUserId: null, skills: { hasSome: bankTagsOf(skill) } },
        orderBy: { id: "asc" },
        take: 3,
        select: { id: true, questionText: true, category: true },
      }),
      gap.id,
    );
  }
  for (const category of categories) {
    add(
      await db.question.findMany({
        where: { ...base, category },
        orderBy: { id: "asc" },
        take: PRACTICE_PER_AREA + skip.size,
        select: { id: true, questionText: true, category: true },
      }),
      null,
    );
  }
  return out;
}

const DEFAULT_CATEGORIES: QuestionCategory[] = ["Technical", "Behavioral"];

/** The study plan agent's tools (spec: skill_assessment, job_market, learning_resource, progress_tracker, scheduler). */
export function studyPlanTools(input: StudyPlanInput) {
  const performanceSnapshot: AgentTool<z.ZodObject, Performance> = {
    name: "performance_snapshot",
    description:
      "The candidate's interview results: category averages (weak ones below 70 first), the last session scores, and the difficulty to practise at next.",
    args: z.object({}),
    run: (_args, ctx) => loadPerformance(ctx, input),
    summarize: (o) =>
      o.sessions === 0
        ? "No completed sessions yet; the plan starts from the target role."
        : `${o.sessions} sessions; weak: ${o.weak.map((w) => `${CATEGORY_LABELS[w.category]} ${w.averageScore}`).join(", ") || "none"}; recent scores ${o.recentScores.join(", ")}; next at ${o.difficulty}.`,
  };

  const reviewQueue: AgentTool<z.ZodObject, ReviewDue[]> = {
    name: "review_queue",
    description:
      "Questions on the candidate's spaced-review queue that fall due within the plan, with their last score.",
    args: z.object({}),
    run: (_args, ctx) => loadReviews(ctx, input.days),
    summarize: (o) =>
      o.length === 0
        ? "Nothing on the review queue."
        : `${o.length} review question(s) due within the plan, the first on ${o[0]!.dueDate}.`,
  };

  const skillGaps: AgentTool<z.ZodObject, GapsOutcome> = {
    name: "skill_gaps",
    description:
      "Skills the target role or job asks for that the candidate's primary resume lacks (with a skill they can bridge from).",
    args: z.object({}),
    async run(_args, ctx) {
      const { role } = await loadPerformance(ctx, input);
      return loadSkillGaps(ctx, input, role);
    },
    summarize: (o) =>
      o.available
        ? `${o.gaps.length} gap(s) against ${o.target}: ${o.gaps.map((g) => g.name).join(", ") || "none"}.`
        : `No skill gaps: ${o.reason}`,
  };

  const practiceQuestions: AgentTool<
    z.ZodObject<{ categories: z.ZodOptional<z.ZodArray<typeof categorySchema>> }>,
    PracticeQuestion[]
  > = {
    name: "practice_questions",
    description:
      "Finds practice questions for the weak categories and the skill gaps, leaving out questions already answered well. Optionally name the categories to draw from.",
    args: z.object({ categories: z.array(categorySchema).max(5).optional() }),
    partial: ({ categories }) => categories !== undefined,
    async run({ categories }, ctx) {
      const perf = await loadPerformance(ctx, input);
      const gaps = await loadSkillGaps(ctx, input, perf.role);
      const wanted =
        categories ?? (perf.weak.length ? perf.weak.map((w) => w.category) : DEFAULT_CATEGORIES);
      return loadPractice(ctx, perf.role, wanted, gaps.gaps);
    },
    summarize: (o) =>
      `${o.length} practice question(s): ${[...new Set(o.map((q) => CATEGORY_LABELS[q.category]))].join(", ") || "none found"}.`,
  };

  const scheduler: AgentTool<z.ZodObject, ReturnType<typeof schedulePlan>> = {
    name: "scheduler",
    description:
      "Lays the tasks out over the plan's days within the daily minutes: reviews on their due day, learning for gaps, practice for weak categories, a mock interview each week.",
    args: z.object({}),
    async run(_args, ctx) {
      const perf = await loadPerformance(ctx, input);
      const [reviews, gaps] = await Promise.all([
        loadReviews(ctx, input.days),
        loadSkillGaps(ctx, input, perf.role),
      ]);
      const practice = await ctx.memo("practice", () =>
        loadPractice(
          ctx,
          perf.role,
          perf.weak.length ? perf.weak.map((w) => w.category) : DEFAULT_CATEGORIES,
          gaps.gaps,
        ),
      );
      return schedulePlan({
        startDate: ymd(ctx.now),
        days: input.days,
        minutesPerDay: input.minutesPerDay,
        targetRole: gaps.target ?? perf.role,
        weak: perf.weak,
        gaps: gaps.gaps,
        reviews,
        practice,
        difficulty: perf.difficulty,
        defaultCategories: DEFAULT_CATEGORIES,
      });
    },
    summarize: (o) =>
      `${o.length} days, ${o.reduce((n, d) => n + d.tasks.length, 0)} tasks, ${o.reduce((n, d) => n + d.minutes, 0)} minutes in all.`,
  };

  return [performanceSnapshot, reviewQueue, skillGaps, practiceQuestions, scheduler];
}
