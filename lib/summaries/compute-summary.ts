import {
  CRITERIA,
  perCriterion,
  type CriteriaByKey,
  type CriterionField,
} from "@/lib/evaluations/criteria";
import { CATEGORY_LABELS, type QuestionCategory } from "@/lib/validations/enums";

export interface SummaryItem {
  category: QuestionCategory;
  status: "answered" | "skipped" | "pending";
  /** A skip the clock made (its time ran out). */
  timedOut?: boolean;
  evaluation:
    | null
    | (Record<CriterionField, number | null> & {
        status: "pending" | "processing" | "completed" | "failed";
        overall: number | null;
        strengths: string[];
        improvements: string[];
      });
}

export interface ComputedSummary {
  overallSessionScore: number;
  criteria: CriteriaByKey | null;
  categoryPerformance: Partial<Record<QuestionCategory, number>>;
  strengths: string[];
  improvements: string[];
  scoredQuestions: number;
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Property 13: the session score is the rounded mean of its question scores. */
export function sessionScore(questionScores: number[]): number {
  return Math.round(mean(questionScores));
}

/** The score a question contributes: its evaluation's, 0 when skipped, null when not yet known. */
export function questionScore(item: SummaryItem): number | null {
  if (item.status === "skipped") return 0;
  if (item.evaluation?.status === "completed") return item.evaluation.overall;
  return null;
}

/** Aggregates a session's evaluations into its summary (pure; the caller loads and stores). */
export function computeSummary(items: SummaryItem[]): ComputedSummary {
  const scored = items
    .map((item) => ({ item, score: questionScore(item) }))
    .filter((x): x is { item: SummaryItem; score: number } => x.score !== null);
  const evaluated = items.flatMap((i) =>
    i.evaluation?.status === "completed" ? [i.evaluation] : [],
  );

  const criteria: CriteriaByKey | null =
    evaluated.length === 0
      ? null
      : perCriterion((c) => Math.round(mean(evaluated.map((e) => e[c.field] ?? 0))));

  const byCategory = new Map<QuestionCategory, number[]>();
  for (const { item, score } of scored)
    byCategory.set(item.category, [...(byCategory.get(item.category) ?? []), score]);
  const categoryPerformance = Object.fromEntries(
    [...byCategory].map(([c, scores]) => [c, Math.round(mean(scores))]),
  ) as Partial<Record<QuestionCategory, number>>;

  const strengths: string[] = [];
  const improvements: string[] = [];
  if (criteria) {
    const ranked = [...CRITERIA].sort((a, b) => criteria[b.key] - criteria[a.key]);
    const best = ranked[0]!;
    const worst = ranked[ranked.length - 1]!;
    const name = (c: (typeof CRITERIA)[number]) => c.label.toLowerCase();
    if (criteria[best.key] >= 70)
      strengths.push(`Strong ${name(best)} (average ${criteria[best.key]}/100)`);
    if (criteria[worst.key] < 70)
      improvements.push(`Work on ${name(worst)} (average ${criteria[worst.key]}/100)`);
  }
  const categories = Object.entries(categoryPerformance) as [QuestionCategory, number][];
  for (const [c, score] of categories.sort((a, b) => b[1] - a[1])) {
    if (score >= 75) strengths.push(`${CATEGORY_LABELS[c]} questions went well (${score}/100)`);
    else if (score < 60)
      improvements.push(
        `Practise more ${CATEGORY_LABELS[c].toLowerCase()} questions (${score}/100)`,
      );
  }
  const timedOut = items.filter((i) => i.status === "skipped" && i.timedOut).length;
  const skipped = items.filter((i) => i.status === "skipped").length - timedOut;
  if (timedOut > 0)
    improvements.push(
      `${timedOut} question${timedOut > 1 ? "s" : ""} ran out of time; start with a short outline and submit before the clock ends`,
    );
  if (skipped > 0)
    improvements.push(
      `${skipped} question${skipped > 1 ? "s were" : " was"} skipped; attempt every question, even briefly`,
    );
  // Then the most specific feedback: best answers' strengths, weakest answers' improvements.
  const byScore = [...evaluated].sort((a, b) => (b.overall ?? 0) - (a.overall ?? 0));
  for (const e of byScore) for (const s of e.strengths.slice(0, 1)) strengths.push(s);
  for (const e of [...byScore].reverse())
    for (const s of e.improvements.slice(0, 1)) improvements.push(s);

  return {
    overallSessionScore: sessionScore(scored.map((s) => s.score)),
    criteria,
    categoryPerformance,
    strengths: [...new Set(strengths)].slice(0, 6),
    improvements: [...new Set(improvements)].slice(0, 6),
    scoredQuestions: scored.length,
  };
}

/** % change from the previous session's score; null without a previous non-zero score. */
export function scoreTrend(current: number, previous: number | null): number | null {
  if (previous === null || previous === 0) return null;
  // Two decimals, half away from zero (as PostgreSQL rounds numeric): −9.375 → −9.38.
  const change = ((current - previous) / previous) * 100;
  return (Math.sign(change) * Math.round(Math.abs(change) * 100)) / 100;
}
