import { findInjections } from "../offline/evaluator/injection";
import type { PointEvidence } from "../types";
import { locateQuote } from "./locate-quote";
import type { PointVerdict } from "./schema";

const missed = (point: string): PointEvidence => ({
  point,
  covered: false,
  score: 0,
  quote: null,
  start: null,
  end: null,
});

/**
 * The model's per-point verdicts turned into evidence we can stand behind: a point counts as
 * covered only if the model says so and its quote is found in the answer (and is not an
 * instruction aimed at the grader). When the model's quote cannot be found, the built-in
 * evaluator's own quote for that point is used if it has one; otherwise the point is missed.
 */
export function verifyEvidence(
  points: readonly string[],
  verdicts: readonly PointVerdict[],
  answer: string,
  baseline: readonly PointEvidence[],
): PointEvidence[] {
  const injections = findInjections(answer);
  const inInjection = (start: number, end: number) =>
    injections.some((s) => start < s.end && end > s.start);
  return points.map((point, i) => {
    const verdict = verdicts.find((v) => v.point === i + 1);
    if (!verdict?.covered) return missed(point);
    const span = verdict.quote ? locateQuote(answer, verdict.quote) : null;
    if (span && !inInjection(span.start, span.end)) {
      return {
        point,
        covered: true,
        score: 1,
        quote: span.quote,
        start: span.start,
        end: span.end,
      };
    }
    const own = baseline.find((e) => e.point === point);
    return own?.covered && own.quote !== null ? own : missed(point);
  });
}

/**
 * Evidence computed for one text, re-anchored in another that normalises to the same answer
 * (an L2 cache hit for the same words with different spacing or case).
 */
export function rebaseEvidence(
  evidence: readonly PointEvidence[],
  answer: string,
): PointEvidence[] {
  return evidence.map((e) => {
    if (!e.covered || e.quote === null) return e;
    if (e.start !== null && answer.slice(e.start, e.end ?? e.start) === e.quote) return e;
    const span = locateQuote(answer, e.quote);
    return span ? { ...e, quote: span.quote, start: span.start, end: span.end } : missed(e.point);
  });
}

/** Share of expected points covered with verified evidence; null when there are none. */
export function coverage(evidence: readonly PointEvidence[]): number | null {
  if (evidence.length === 0) return null;
  return evidence.filter((e) => e.covered).length / evidence.length;
}
