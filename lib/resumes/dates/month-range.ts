/**
 * Month arithmetic for career timelines. A month is an integer `year * 12 + monthIndex` (January
 * = 0); a range covers every month from `start` to `end` inclusive, so Jan–Dec 2020 is 12 months.
 */
export type MonthIndex = number;

export interface MonthRange {
  start: MonthIndex;
  end: MonthIndex;
}

export const monthIndex = (year: number, month: number): MonthIndex => year * 12 + month;
export const yearOf = (m: MonthIndex): number => Math.floor(m / 12);
export const monthOf = (m: MonthIndex): number => ((m % 12) + 12) % 12;
export const monthIndexOfDate = (date: Date): MonthIndex =>
  monthIndex(date.getUTCFullYear(), date.getUTCMonth());

/** `YYYY-MM`, the form stored and shown. */
export function formatMonth(m: MonthIndex): string {
  return `${yearOf(m)}-${String(monthOf(m) + 1).padStart(2, "0")}`;
}

export const durationMonths = (range: MonthRange): number =>
  Math.max(0, range.end - range.start + 1);

/**
 * The union of the ranges as sorted, disjoint, non-adjacent ranges: overlapping jobs (a
 * freelance gig beside a full-time role) count once, back-to-back jobs join into one stretch.
 * Empty ranges (end before start) are dropped.
 */
export function mergeRanges(ranges: readonly MonthRange[]): MonthRange[] {
  const sorted = ranges
    .filter((r) => r.end >= r.start)
    .map((r) => ({ start: r.start, end: r.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: MonthRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else merged.push(range);
  }
  return merged;
}

/** Months covered by at least one range. */
export function coveredMonths(ranges: readonly MonthRange[]): number {
  return mergeRanges(ranges).reduce((sum, r) => sum + durationMonths(r), 0);
}

/** The uncovered stretches between the first and the last covered month. */
export function gapsBetween(ranges: readonly MonthRange[]): MonthRange[] {
  const merged = mergeRanges(ranges);
  const gaps: MonthRange[] = [];
  for (let i = 1; i < merged.length; i++) {
    gaps.push({ start: merged[i - 1]!.end + 1, end: merged[i]!.start - 1 });
  }
  return gaps;
}

/** Ranges cut to end no later than `limit` (a future end date counts only up to now). */
export function clampRanges(ranges: readonly MonthRange[], limit: MonthIndex): MonthRange[] {
  return ranges
    .map((r) => ({ start: r.start, end: Math.min(r.end, limit) }))
    .filter((r) => r.end >= r.start);
}

/** Whole months as years with one decimal. */
export const monthsToYears = (months: number): number => Math.round((months / 12) * 10) / 10;
