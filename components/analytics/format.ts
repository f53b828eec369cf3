/** Small formatters shared by the analytics widgets (pure; safe on server and client). */

export function formatScore(value: number | null): string {
  return value === null ? "—" : Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** "+12.5 %" / "−3 %" / "0 %" with a real minus sign. */
export function formatChange(value: number): string {
  const magnitude = Math.abs(value).toLocaleString("en-US", { maximumFractionDigits: 1 });
  if (value > 0) return `+${magnitude}%`;
  if (value < 0) return `\u2212${magnitude}%`;
  return "0%";
}

/** Practice time: "45 min" under an hour, else "3.5 h". */
export function formatPractice(hours: number, minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  return `${hours.toLocaleString("en-US", { maximumFractionDigits: 1 })} h`;
}

/** "2026-03-09" → "9 Mar" (the date is a calendar day: formatted in UTC, never shifted). */
export function formatDay(date: string, withYear = false): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * The change on the previous session in score points, from the stored percentage change (the
 * API's score_trend) and this session's score: "+23 points" is what a candidate means.
 */
export function pointsChange(current: number, trendPercent: number): number | null {
  // A drop to 0 (−100 %) leaves the previous score unknown.
  if (current === 0 || trendPercent <= -100) return null;
  return Math.round(current - current / (1 + trendPercent / 100));
}
