import { db } from "@/lib/db/client";
import { CATEGORY_LABELS } from "@/lib/validations/enums";
import { studyPlanDataSchema, type StudyPlanData } from "@/lib/validations/agents";
import type { AgentDefinition, ToolResults } from "../types";
import type { schedulePlan } from "./schedule";
import { studyPlanTools, type Performance, type StudyPlanInput } from "./tools";

type Focus = StudyPlanData["focus"];

/** What moved between the previous plan's focus and this one's, in words. */
export function planChanges(
  before: Focus | null,
  after: Focus,
  sessionId: number | null,
): string[] {
  if (!before) return [];
  const out: string[] = [];
  const was = new Map(before.weak_categories.map((w) => [w.category, w]));
  const now = new Map(after.weak_categories.map((w) => [w.category, w]));
  const after_ = sessionId ? ` after session #${sessionId}` : "";
  for (const [category, w] of now) {
    const old = was.get(category);
    if (!old) out.push(`New focus: ${w.label} (average ${w.average_score}).`);
    else if (old.average_score !== w.average_score) {
      out.push(`${w.label} moved from ${old.average_score} to ${w.average_score}${after_}.`);
    }
  }
  for (const [category, old] of was) {
    if (!now.has(category)) out.push(`${old.label} is no longer a focus area.`);
  }
  const closed = before.skill_gaps.filter((g) => !after.skill_gaps.some((a) => a.id === g.id));
  if (closed.length) out.push(`No longer a gap: ${closed.map((g) => g.name).join(", ")}.`);
  if (after.review_due !== before.review_due) {
    out.push(`Review questions due: ${before.review_due} → ${after.review_due}.`);
  }
  if (after.recommended_difficulty !== before.recommended_difficulty) {
    out.push(
      `Practice difficulty: ${before.recommended_difficulty} → ${after.recommended_difficulty}.`,
    );
  }
  if (out.length === 0) out.push(`Re-planned${after_}; your focus areas are unchanged.`);
  return out;
}

export function summarizePlan(plan: Omit<StudyPlanData, "summary" | "changes">): string[] {
  const tasks = plan.days.flatMap((d) => d.tasks);
  const count = (k: string) => tasks.filter((t) => t.kind === k).length;
  const lines = [
    `${plan.days.length}-day plan, up to ${plan.minutes_per_day} minutes a day: ${count("review")} review, ${count("practice")} practice, ${count("learn")} learning and ${count("mock")} mock-interview task(s).`,
  ];
  const weak = plan.focus.weak_categories;
  if (weak.length) {
    lines.push(`Focus: ${weak.map((w) => `${w.label} (average ${w.average_score})`).join(", ")}.`);
  } else {
    lines.push(
      `No interview results yet: the plan starts from ${plan.target_role ?? "your role"}'s core skills.`,
    );
  }
  if (plan.focus.skill_gaps.length) {
    lines.push(`Skill gaps to close: ${plan.focus.skill_gaps.map((g) => g.name).join(", ")}.`);
  }
  if (plan.focus.recent_scores.length) {
    lines.push(
      `Recent session scores ${plan.focus.recent_scores.join(", ")}: practise at ${plan.focus.recommended_difficulty}.`,
    );
  }
  return lines;
}

export const studyPlanAgent: AgentDefinition<StudyPlanInput, StudyPlanData> = {
  type: "study_plan",
  systemPrompt: (input) => `You are an AI interview coach writing a personalised study plan.
The plan covers ${input.days} days of at most ${input.minutesPerDay} minutes each${input.targetRole ? ` for the role "${input.targetRole}"` : ""}.
Process: performance_snapshot (weak categories, recent scores), review_queue (questions due),
skill_gaps (against the target), practice_questions (you may name categories to draw from),
then scheduler (lays the tasks out).`,
  task: () => "Make my study plan from my results, my review queue and my skill gaps.",
  tools: studyPlanTools,
  plan: ["performance_snapshot", "review_queue", "skill_gaps", "practice_questions", "scheduler"],
  async synthesize(results: ToolResults, input, ctx) {
    const perf = results.get("performance_snapshot") as Performance;
    const gaps = results.get("skill_gaps") as {
      gaps: { id: string; name: string }[];
      target: string | null;
    };
    const reviews = results.get("review_queue") as unknown[];
    const days = results.get("scheduler") as ReturnType<typeof schedulePlan>;
    const focus: Focus = {
      weak_categories: perf.weak.map((w) => ({
        category: w.category,
        label: CATEGORY_LABELS[w.category],
        average_score: w.averageScore,
      })),
      skill_gaps: gaps.gaps.map((g) => ({ id: g.id, name: g.name })),
      review_due: reviews.length,
      recent_scores: perf.recentScores,
      recommended_difficulty: perf.difficulty,
    };
    const base = {
      version: 1 as const,
      start_date: days[0]?.date ?? ctx.now.toISOString().slice(0, 10),
      minutes_per_day: input.minutesPerDay,
      target_role: gaps.target ?? perf.role,
      days,
      focus,
    };
    const previous = await db.studyPlan.findFirst({
      where: { userId: ctx.userId },
      orderBy: { createdAt: "desc" },
      select: { planData: true },
    });
    const before = studyPlanDataSchema.safeParse(previous?.planData);
    return studyPlanDataSchema.parse({
      ...base,
      changes: planChanges(before.success ? before.data.focus : null, focus, input.sessionId),
      summary: summarizePlan(base),
    });
  },
};
