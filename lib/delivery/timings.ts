import type { ParsedDeliveryInput, Pauses } from "@/lib/validations/delivery";
import { LONG_PAUSE_SECONDS } from "./thresholds";

interface Span {
  start: number;
  end: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Word timings when there are any (most precise), else segment timings, in time order. */
export function timedSpans(input: ParsedDeliveryInput): {
  source: "words" | "segments";
  spans: Span[];
} | null {
  const source = input.words.length > 0 ? "words" : input.segments.length > 0 ? "segments" : null;
  if (!source) return null;
  const list: Span[] = source === "words" ? input.words : input.segments;
  return { source, spans: [...list].sort((a, b) => a.start - b.start || a.end - b.end) };
}

/** From the first word's start to the last word's end: the time spent speaking. */
export function speechSpanSeconds(spans: readonly Span[]): number {
  const first = spans[0];
  if (!first) return 0;
  const end = spans.reduce((m, s) => Math.max(m, s.end), first.end);
  return Math.max(0, end - first.start);
}

/** Silences of at least LONG_PAUSE_SECONDS between consecutive words (or segments). Silence
 * before the first word and after the last is not a pause in the answer. */
export function longPauses(input: ParsedDeliveryInput): Pauses {
  if (input.mode === "typed") return { measured: false, reason: "typed" };
  const timed = timedSpans(input);
  if (!timed) return { measured: false, reason: "no_timings" };
  const pauses: Array<{ start: number; end: number; seconds: number }> = [];
  let spokenUntil = timed.spans[0]?.end ?? 0;
  for (const span of timed.spans.slice(1)) {
    // Timings are millisecond figures: a gap of "2 s" computed in floating point can come out a
    // hair under 2, so compare at that precision.
    const gap = Math.round((span.start - spokenUntil) * 1000) / 1000;
    if (gap >= LONG_PAUSE_SECONDS) {
      pauses.push({ start: round2(spokenUntil), end: round2(span.start), seconds: round2(gap) });
    }
    spokenUntil = Math.max(spokenUntil, span.end);
  }
  return {
    measured: true,
    source: timed.source,
    thresholdSeconds: LONG_PAUSE_SECONDS,
    count: pauses.length,
    longestSeconds: pauses.reduce((m, p) => Math.max(m, p.seconds), 0),
    totalSeconds: round2(pauses.reduce((t, p) => t + p.seconds, 0)),
    pauses,
  };
}
