import type { Disfluency, RateVerdict } from "@/lib/validations/delivery";
import { PHRASES, type DisfluencyKind, type Phrase } from "./lexicon";
import type { Token } from "./tokens";

export interface Occurrence {
  kind: DisfluencyKind;
  term: string;
  start: number;
  end: number;
}

// Longest phrases first, so "I think maybe" wins over "I think" and "you know what I mean"
// over "I mean"; the scan then moves past the words a phrase used.
const BY_LENGTH = [...PHRASES].sort((a, b) => b.words.length - a.words.length);

function matchesAt(tokens: readonly Token[], from: number, phrase: Phrase): boolean {
  const to = from + phrase.words.length;
  if (to > tokens.length) return false;
  for (let k = 0; k < phrase.words.length; k++) {
    const token = tokens[from + k];
    const want = phrase.words[k];
    if (!token || want === undefined) return false;
    if (typeof want === "string" ? token.text !== want : !want.test(token.text)) return false;
    // A phrase never spans a comma or sentence end ("I think. Maybe …" is two things).
    if (k < phrase.words.length - 1 && token.breakAfter) return false;
  }
  return phrase.when?.({ tokens, from, to }) ?? true;
}

/** Every filler and hedge in the transcript, in order; no word belongs to two of them. */
export function findDisfluencies(tokens: readonly Token[]): Occurrence[] {
  const found: Occurrence[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = BY_LENGTH.find((p) => matchesAt(tokens, i, p));
    if (!phrase) {
      i++;
      continue;
    }
    const firstToken = tokens[i];
    const lastToken = tokens[i + phrase.words.length - 1];
    if (firstToken && lastToken) {
      found.push({
        kind: phrase.kind,
        term: phrase.term,
        start: firstToken.start,
        end: lastToken.end,
      });
    }
    i += phrase.words.length;
  }
  return found;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** By rate, but one slip is never a problem and two are at most noticeable: in a short answer a
 * single "probably" would otherwise read as several a minute. */
function verdictOf(
  count: number,
  perMinute: number,
  limits: { low: number; moderate: number },
): RateVerdict {
  if (count <= 1 || perMinute <= limits.low) return "low";
  return count === 2 || perMinute <= limits.moderate ? "moderate" : "high";
}

/** Counts, rates and a verdict for one kind of disfluency. */
export function summarize(
  occurrences: readonly Occurrence[],
  kind: DisfluencyKind,
  basis: { minutes: number; words: number },
  limits: { low: number; moderate: number },
): Disfluency {
  const mine = occurrences.filter((o) => o.kind === kind);
  const counts = new Map<string, number>();
  for (const o of mine) counts.set(o.term, (counts.get(o.term) ?? 0) + 1);
  const perMinute = basis.minutes > 0 ? mine.length / basis.minutes : 0;
  return {
    count: mine.length,
    perMinute: round1(perMinute),
    per100Words: basis.words > 0 ? round1((mine.length * 100) / basis.words) : 0,
    verdict: verdictOf(mine.length, perMinute, limits),
    terms: [...counts]
      .map(([term, count]) => ({ term, count }))
      .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)),
    occurrences: mine.map(({ term, start, end }) => ({ term, start, end })),
  };
}
