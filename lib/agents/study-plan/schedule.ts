import type { Difficulty, QuestionCategory } from "@/lib/validations/enums";
import { CATEGORY_LABELS } from "@/lib/validations/enums";
import type { StudyPlanData, StudyTask } from "@/lib/validations/agents";

export interface WeakArea {
  category: QuestionCategory;
  averageScore: number;
  questions: number;
}
export interface SkillGap {
  id: string;
  name: string;
  /** A skill the candidate has that leads to it, if any. */
  via: string | null;
  importance: "required" | "nice";
}
export interface ReviewDue {
  questionId: number;
  text: string;
  category: QuestionCategory;
  lastScore: number | null;
  /** "YYYY-MM-DD": the day it is due (today or earlier: day 1). */
  dueDate: string;
}
export interface PracticeQuestion {
  questionId: number;
  text: string;
  category: QuestionCategory;
  skillId: string | null;
}

export interface ScheduleInput {
  startDate: string;
  days: number;
  minutesPerDay: number;
  targetRole: string | null;
  weak: readonly WeakArea[];
  gaps: readonly SkillGap[];
  reviews: readonly ReviewDue[];
  practice: readonly PracticeQuestion[];
  difficulty: Difficulty;
  /** Categories the mock interviews cover when no weakness is known. */
  defaultCategories: readonly QuestionCategory[];
}

export const MINUTES = { review: 10, practice: 12, learn: 25, mock: 30 } as const;
const MOCK_EVERY = 7;

const addDays = (date: string, n: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const snippet = (text: string, max = 90) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/**
 * Lays the plan's tasks out over its days, deterministically:
 * - a review question goes on the day it is due (overdue ones on day 1), first in the day;
 * - a mock interview every 7th day and on the last day, on the weakest categories;
 * - the rest of each day's minutes alternate between learning a gap skill (bridged ones first)
 *   and practice questions, weakest category first and twice as often as the next one;
 * - a day holds no more minutes than asked unless one task alone is longer.
 * Ids say what a task is about (a question, the n-th session on a skill, the mock of day d), so
 * a re-plan keeps the ticks of tasks it keeps.
 */
export function schedulePlan(input: ScheduleInput): StudyPlanData["days"] {
  const days: StudyPlanData["days"] = [];
  const reviews = [...input.reviews].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || (a.lastScore ?? 0) - (b.lastScore ?? 0),
  );
  const weakOrder = [...input.weak].sort((a, b) => a.averageScore - b.averageScore);
  // Weakest category twice as often as the next.
  const categoryCycle: QuestionCategory[] = weakOrder.flatMap((w, i) =>
    i === 0 ? [w.category, w.category] : [w.category],
  );
  const practiceByCategory = new Map<QuestionCategory, PracticeQuestion[]>();
  const practiceBySkill = new Map<string, PracticeQuestion[]>();
  for (const q of input.practice) {
    (
      practiceByCategory.get(q.category) ?? practiceByCategory.set(q.category, []).get(q.category)!
    ).push(q);
    if (q.skillId)
      (practiceBySkill.get(q.skillId) ?? practiceBySkill.set(q.skillId, []).get(q.skillId)!).push(
        q,
      );
  }
  const usedQuestions = new Set<number>(reviews.map((r) => r.questionId));
  const gaps = [...input.gaps].sort(
    (a, b) =>
      Number(a.importance === "nice") - Number(b.importance === "nice") ||
      Number(a.via === null) - Number(b.via === null),
  );
  const learnCount = new Map<string, number>();
  let gapCursor = 0;
  let categoryCursor = 0;
  let reviewCursor = 0;
  const mockCategories = (
    weakOrder.length ? weakOrder.map((w) => w.category) : [...input.defaultCategories]
  ).slice(0, 2);
  const weakLabel = new Map(weakOrder.map((w) => [w.category, w]));

  const nextPractice = (): StudyTask | null => {
    // Gap skills' own questions first, then the weak categories in their cycle.
    for (let tries = 0; tries < Math.max(1, categoryCycle.length); tries++) {
      const category = categoryCycle.length
        ? categoryCycle[categoryCursor++ % categoryCycle.length]!
        : null;
      const pool = category ? (practiceByCategory.get(category) ?? []) : input.practice;
      const q = pool.find((p) => !usedQuestions.has(p.questionId));
      if (!q) continue;
      usedQuestions.add(q.questionId);
      const weak = weakLabel.get(q.category);
      return {
        id: `practice-q${q.questionId}`,
        kind: "practice",
        title: `Practise: ${snippet(q.text)}`,
        detail: `Answer it aloud or in writing within the time limit, then compare with the model answer.`,
        minutes: MINUTES.practice,
        category: q.category,
        skill: null,
        question_id: q.questionId,
        reason: weak
          ? `${CATEGORY_LABELS[q.category]} is a weak area: average ${weak.averageScore} over ${weak.questions} answer${weak.questions === 1 ? "" : "s"}.`
          : `A ${CATEGORY_LABELS[q.category]} question for ${input.targetRole ?? "your role"}.`,
      };
    }
    return null;
  };

  const nextLearn = (): StudyTask | null => {
    if (gaps.length === 0) return null;
    const gap = gaps[gapCursor++ % gaps.length]!;
    const n = (learnCount.get(gap.id) ?? 0) + 1;
    learnCount.set(gap.id, n);
    const own = practiceBySkill.get(gap.id)?.find((p) => !usedQuestions.has(p.questionId));
    if (own) usedQuestions.add(own.questionId);
    return {
      id: `learn-${gap.id}-${n}`,
      kind: "learn",
      title:
        n === 1
          ? `Learn ${gap.name}: the fundamentals`
          : `${gap.name}, session ${n}: build something small`,
      detail: [
        gap.via
          ? `Start from what you know in ${gap.via} and map its ideas onto ${gap.name}.`
          : `Study what ${gap.name} is for, how it works and one trade-off.`,
        own
          ? `Then answer: "${snippet(own.text, 120)}"`
          : `Then explain it in two minutes as you would in an interview.`,
      ].join(" "),
      minutes: MINUTES.learn,
      category: own?.category ?? null,
      skill: { id: gap.id, name: gap.name },
      question_id: own?.questionId ?? null,
      reason: `${gap.importance === "required" ? "Required" : "Nice to have"} for ${input.targetRole ?? "your target"} and not on your resume${gap.via ? ` (you can bridge from ${gap.via})` : ""}.`,
    };
  };

  for (let day = 1; day <= input.days; day++) {
    const date = addDays(input.startDate, day - 1);
    const tasks: StudyTask[] = [];
    let minutes = 0;
    const fits = (m: number) => minutes + m <= input.minutesPerDay || tasks.length === 0;
    const push = (t: StudyTask) => {
      tasks.push(t);
      minutes += t.minutes;
    };
    // Reviews due by today (the earliest first); a full day leaves the rest for tomorrow.
    while (reviewCursor < reviews.length) {
      const r = reviews[reviewCursor]!;
      if (r.dueDate > date || !fits(MINUTES.review)) break;
      reviewCursor++;
      push({
        id: `review-q${r.questionId}`,
        kind: "review",
        title: `Review: ${snippet(r.text)}`,
        detail:
          "Answer it again from memory; the review queue moves it along when you score 70 or more.",
        minutes: MINUTES.review,
        category: r.category,
        skill: null,
        question_id: r.questionId,
        reason:
          r.lastScore === null
            ? "Due on your review queue."
            : `Scored ${r.lastScore} last time; due for review.`,
      });
    }
    const mockDay = day % MOCK_EVERY === 0 || (day === input.days && input.days >= 3);
    if (mockDay && fits(MINUTES.mock)) {
      push({
        id: `mock-day${day}`,
        kind: "mock",
        title: `Mock interview: ${input.targetRole ?? "your role"}, ${mockCategories.map((c) => CATEGORY_LABELS[c]).join(" + ")}, ${input.difficulty}`,
        detail: "A timed session of 5 questions; the plan adapts to its scores.",
        minutes: MINUTES.mock,
        category: mockCategories[0] ?? null,
        skill: null,
        question_id: null,
        reason: weakOrder.length
          ? `Measures progress on ${CATEGORY_LABELS[weakOrder[0]!.category]} (average ${weakOrder[0]!.averageScore}).`
          : "Measures where you stand.",
      });
    }
    // Alternate learning and practice; stop when neither fits or nothing is left.
    let learnTurn = day % 2 === 1;
    for (let guard = 0; guard < 12; guard++) {
      const kind = learnTurn ? "learn" : "practice";
      learnTurn = !learnTurn;
      if (!fits(MINUTES[kind])) {
        const other = kind === "learn" ? "practice" : "learn";
        if (!fits(MINUTES[other])) break;
        continue;
      }
      const task = kind === "learn" ? nextLearn() : nextPractice();
      if (task) {
        push(task);
        continue;
      }
      const other = kind === "learn" ? nextPractice() : null;
      if (other && fits(other.minutes)) {
        push(other);
        continue;
      }
      if (kind === "practice" && gaps.length === 0) break;
      if (kind === "learn" && input.practice.every((p) => usedQuestions.has(p.questionId))) break;
    }
    const themeTask = tasks.find((t) => t.kind === "learn" || t.kind === "practice") ?? tasks[0];
    days.push({
      day,
      date,
      theme: themeTask
        ? (themeTask.skill?.name ??
          (themeTask.category ? CATEGORY_LABELS[themeTask.category] : themeTask.kind))
        : "Rest",
      minutes,
      tasks,
    });
  }
  return days;
}
