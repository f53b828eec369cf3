import type {
  AnswerLength,
  Disfluency,
  Pace,
  Pauses,
  RateVerdict,
} from "@/lib/validations/delivery";
import { formatClock } from "./format-clock";

/** How a delivery measure reads to the candidate: a headline, a one-line note, and a tone. */
export type Tone = "good" | "warn" | "bad" | "neutral";
export interface MeasureText {
  value: string;
  note: string;
  tone: Tone;
}

const RATE_TONE: Record<RateVerdict, Tone> = { low: "good", moderate: "warn", high: "bad" };

export function paceText(pace: Pace): MeasureText {
  if (!pace.measured) {
    const note = {
      typed: "Pace is measured on spoken answers only.",
      no_duration: "The recording's length is unknown.",
      too_little_speech: "Too little speech to measure a pace.",
    }[pace.reason];
    return { value: "—", note, tone: "neutral" };
  }
  const band = `${pace.band.min}–${pace.band.max} wpm`;
  const note = {
    good: `Easy to follow: within ${band}.`,
    slow: `Slower than ${band}: tighten pauses and keep going.`,
    fast: `Faster than ${band}: slow down so each point lands.`,
  }[pace.verdict];
  return {
    value: `${pace.wordsPerMinute} wpm`,
    note,
    tone: pace.verdict === "good" ? "good" : "warn",
  };
}

const rate = (d: Disfluency) => `${d.perMinute.toFixed(1)} / min`;
const topTerms = (d: Disfluency) =>
  d.terms
    .slice(0, 3)
    .map((t) => `“${t.term}” ×${t.count}`)
    .join(", ");

export function disfluencyText(
  d: Disfluency,
  kind: "fillers" | "hedges",
  typed: boolean,
): MeasureText {
  const basis = typed ? " (as if read aloud)" : "";
  if (d.count === 0) {
    return {
      value: `0 / min`,
      note: kind === "fillers" ? "No filler words." : "No hedging: you sounded sure.",
      tone: "good",
    };
  }
  const advice =
    d.verdict === "low"
      ? "Fine."
      : kind === "fillers"
        ? "Pause silently instead."
        : "State what you know directly.";
  const more = d.terms.length > 3 ? " and others" : "";
  return {
    value: rate(d),
    note: `${d.count} in all: ${topTerms(d)}${more}${basis}. ${advice}`,
    tone: RATE_TONE[d.verdict],
  };
}

export function pausesText(p: Pauses): MeasureText {
  if (!p.measured) {
    return {
      value: "—",
      note:
        p.reason === "typed"
          ? "Pauses are measured on spoken answers."
          : "No timings to measure pauses.",
      tone: "neutral",
    };
  }
  if (p.count === 0)
    return { value: "None", note: `No silence over ${p.thresholdSeconds} s.`, tone: "good" };
  return {
    value: `${p.count}`,
    note: `Longest ${p.longestSeconds.toFixed(1)} s. A short pause is fine; a long one loses the listener.`,
    tone: p.count <= 2 ? "warn" : "bad",
  };
}

export function lengthText(l: AnswerLength, typed: boolean): MeasureText {
  const used =
    l.usedSeconds !== null && !typed
      ? l.limitSeconds !== null
        ? `${formatClock(l.usedSeconds)} of ${formatClock(l.limitSeconds)}`
        : formatClock(l.usedSeconds)
      : `${l.wordCount} words`;
  const note = {
    ran_out: "Ran out of time: lead with your main point.",
    too_short:
      l.minimumSeconds !== null && !typed
        ? `Too short: aim for at least ${formatClock(l.minimumSeconds)}.`
        : `Too short: aim for at least ${l.minimumWords} words.`,
    good: "A complete length.",
  }[l.verdict];
  return { value: used, note, tone: l.verdict === "good" ? "good" : "warn" };
}
