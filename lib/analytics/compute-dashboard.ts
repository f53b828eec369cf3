import type { Difficulty, QuestionCategory } from "@/lib/db/generated/enums";
import { CRITERIA, perCriterion, type CriteriaByKey } from "@/lib/evaluations/criteria";
import { isoWeekStart, localDate } from "@/lib/gamification/practice-day";
import { questionScore } from "@/lib/summaries/compute-summary";
import { CATEGORIES, CATEGORY_LABELS } from "@/lib/validations/enums";
import { recommend, type Recommendation } from "./recommendations";
import type {
  AnalyticsContext,
  CategoryStat,
  History,
  HistoryQuestion,
  HistorySession,
} from "./types";

/** Improvement rate compares the mean of the first k sessions with the mean of the last k. */
const IMPROVEMENT_WINDOW = 5;
/** Areas at or above this average are strengths; below it, weaknesses. */
const STRENGTH_THRESHOLD = 70;
const MAX_WEEKLY_POINTS = 52;
const DAY_MS = 86_400_000;

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Rounded to one decimal (half away from zero, immune to 0.1-style float error). */
export const round1 = (x: number) => (Math.sign(x) * Math.round((Math.abs(x) + 1e-9) * 10)) / 10;

/** A question's contribution: its evaluation's score, 0 when skipped, null when not known. */
export function historyQuestionScore(q: HistoryQuestion): number | null {
  return questionScore({
    category: q.category,
    status: q.status,
    evaluation: q.evaluationStatus
      ? {
          status: q.evaluationStatus,
          overall: q.overall,
          contentQuality: q.contentQuality,
          clarity: q.clarity,
          confidence: q.confidence,
          technicalAccuracy: q.technicalAccuracy,
          strengths: [],
          improvements: [],
        }
      : null,
  });
}

/**
 * % change from the mean of the first k session scores to the mean of the last k, with
 * k = min(5, ⌊n/2⌋); null with fewer than 2 sessions or a zero baseline.
 */
export function improvementRate(scores: number[]): number | null {
  const k = Math.min(IMPROVEMENT_WINDOW, Math.floor(scores.length / 2));
  if (k < 1) return null;
  const first = mean(scores.slice(0, k));
  const last = mean(scores.slice(scores.length - k));
  if (first === 0) return null;
  return round1(((last - first) / first) * 100);
}

export function categoryStats(
  sessions: HistorySession[],
  questions: HistoryQuestion[],
): CategoryStat[] {
  const byId = new Map(sessions.map((s, i) => [s.id, { session: s, order: i }]));
  const acc = new Map<
    QuestionCategory,
    { scores: number[]; lastOrder: number; lastDifficulty: Difficulty }
  >();
  for (const q of questions) {
    const score = historyQuestionScore(q);
    const owner = byId.get(q.sessionId);
    if (score === null || !owner) continue;
    const entry = acc.get(q.category) ?? {
      scores: [],
      lastOrder: -1,
      lastDifficulty: owner.session.difficulty,
    };
    entry.scores.push(score);
    if (owner.order > entry.lastOrder) {
      entry.lastOrder = owner.order;
      entry.lastDifficulty = owner.session.difficulty;
    }
    acc.set(q.category, entry);
  }
  return CATEGORIES.flatMap((category) => {
    const e = acc.get(category);
    return e
      ? [
          {
            category,
            label: CATEGORY_LABELS[category],
            average_score: Math.round(mean(e.scores)),
            questions: e.scores.length,
            last_difficulty: e.lastDifficulty,
          },
        ]
      : [];
  });
}

/** Mean of each criterion over completed evaluations; null without any. */
export function criteriaPerformance(questions: HistoryQuestion[]): CriteriaByKey | null {
  const evaluated = questions.filter((q) => q.evaluationStatus === "completed");
  if (evaluated.length === 0) return null;
  return perCriterion((c) => Math.round(mean(evaluated.map((q) => q[c.field] ?? 0))));
}

export interface Area {
  kind: "category" | "criterion";
  key: string;
  label: string;
  score: number;
}

/** Categories and criteria as comparable areas, strongest first (ties: categories, then the canonical order). */
function rankAreas(categories: CategoryStat[], criteria: CriteriaByKey | null): Area[] {
  const areas: Area[] = [
    ...categories.map((c) => ({
      kind: "category" as const,
      key: c.category,
      label: c.label,
      score: c.average_score,
    })),
    ...(criteria
      ? CRITERIA.map((c) => ({
          kind: "criterion" as const,
          key: c.key,
          label: c.label,
          score: criteria[c.key],
        }))
      : []),
  ];
  // Array.prototype.sort is stable: equal scores keep the order above.
  return areas.sort((a, b) => b.score - a.score);
}

export interface WeeklyPoint {
  /** The Monday of the week, in the user's time zone. */
  date: string;
  average_score: number;
  sessions: number;
}

/** Mean session score per ISO week of the practice day (user's zone), oldest first. */
export function weeklyPoints(sessions: HistorySession[], timeZone: string): WeeklyPoint[] {
  const weeks = new Map<string, number[]>();
  for (const s of sessions) {
    const week = isoWeekStart(s.practiceDate ?? localDate(s.endTime, timeZone));
    const scores = weeks.get(week);
    if (scores) scores.push(s.score);
    else weeks.set(week, [s.score]);
  }
  return [...weeks]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(-MAX_WEEKLY_POINTS)
    .map(([date, scores]) => ({
      date,
      average_score: Math.round(mean(scores)),
      sessions: scores.length,
    }));
}

export interface SessionPoint {
  session_id: number;
  /** The practice day (user's zone). */
  date: string;
  role: string;
  score: number;
}

const MAX_SESSION_POINTS = 30;

/**
 * One point per completed session, oldest first (the most recent 30): three sessions in a week
 * are three points, where the weekly series shows one.
 */
export function sessionPoints(sessions: HistorySession[], timeZone: string): SessionPoint[] {
  return [...sessions]
    .sort((a, b) => a.endTime.getTime() - b.endTime.getTime() || a.id - b.id)
    .slice(-MAX_SESSION_POINTS)
    .map((s) => ({
      session_id: s.id,
      date: s.practiceDate ?? localDate(s.endTime, timeZone),
      role: s.role,
      score: s.score,
    }));
}

export function computeDashboard(history: History, context: AnalyticsContext) {
  const { sessions, questions } = history;
  const scores = sessions.map((s) => s.score);
  const since = context.now.getTime() - 30 * DAY_MS;
  const recent = sessions.filter((s) => s.endTime.getTime() >= since).map((s) => s.score);
  const categories = categoryStats(sessions, questions);
  const criteria = criteriaPerformance(questions);
  const areas = rankAreas(categories, criteria);
  const strongest = areas[0] ?? null;
  const weakest = areas.length > 1 ? areas[areas.length - 1]! : null;
  const recommendations: Recommendation[] = recommend({
    categories,
    criteria,
    sessions,
    targetRole: context.targetRole,
  });
  return {
    overview: {
      total_interviews: sessions.length,
      average_score_all_time: scores.length > 0 ? round1(mean(scores)) : null,
      average_score_last_30_days: recent.length > 0 ? round1(mean(recent)) : null,
      sessions_last_30_days: recent.length,
      improvement_rate: improvementRate(scores),
      best_score: scores.length > 0 ? Math.max(...scores) : null,
      total_practice_hours: round1(history.practiceSeconds / 3600),
      total_practice_minutes: Math.round(history.practiceSeconds / 60),
    },
    score_over_time: weeklyPoints(sessions, context.timeZone),
    session_scores: sessionPoints(sessions, context.timeZone),
    category_performance: Object.fromEntries(
      categories.map((c) => [c.category, c.average_score]),
    ) as Partial<Record<QuestionCategory, number>>,
    category_details: categories,
    criteria_performance: criteria,
    strongest_area: strongest,
    weakest_area: weakest,
    strengths: areas
      .filter((a) => a.score >= STRENGTH_THRESHOLD)
      .slice(0, 3)
      .map((a) => a.label),
    weaknesses: areas
      .filter((a) => a.score < STRENGTH_THRESHOLD)
      .reverse()
      .slice(0, 3)
      .map((a) => a.label),
    recommendations,
  };
}
export type DashboardAnalytics = ReturnType<typeof computeDashboard>;
