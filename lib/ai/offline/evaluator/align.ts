import { areOpposites } from "@/lib/ai/offline/nlp/antonyms";
import type { WordVectors } from "@/lib/ai/offline/nlp/embeddings";
import { EVERYDAY_RANK } from "@/lib/ai/offline/nlp/word-weight";
import type { Term } from "./terms";

/** Constants of the word aligner: global, chosen once, never per question. */
export const ALIGN = {
  /** Cosine below which two different words are unrelated. */
  cosineFloor: 0.5,
  /** Credit of a near-synonym: reached at cosineFull and above. */
  cosineCeiling: 0.85,
  /** Cosine from which two different words count as full synonyms. */
  cosineFull: 0.85,
  /** Credit of a spelling variant (same root, or one or two typing errors). */
  variant: 0.9,
  /** A variant whose vector is this far from the word's is a different word after all. */
  variantMinCosine: 0.2,
  /** Vectors of words rarer than this rank are too noisy to veto anything. */
  trustedRank: 100_000,
  /**
   * Only words rarer than this rank may match by embedding: frequent words ("first"/"last",
   * "one"/"two", "left"/"right") sit close in vector space yet are exactly what wrong answers swap.
   */
  softMinRank: EVERYDAY_RANK,
  /** Soft matches must agree in kind (noun/verb/modifier): "avoid"/"otherwise" is association. */
  samePos: true,
} as const;

const NUMBER_WORDS = new Map(
  "zero one two three four five six seven eight nine ten eleven twelve"
    .split(" ")
    .map((w, i) => [w, String(i)]),
);

/** "two" and "2" are the same word to a grader. */
function numberValue(word: string): string | null {
  if (/^\d+$/.test(word)) return String(Number(word));
  return NUMBER_WORDS.get(word) ?? null;
}

/** Optimal-string-alignment distance, capped: only "is it within `max` edits" matters. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return false;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length]! <= max;
}

/** Same word up to inflection, derivation ("reuse"/"reusability") or a typo ("recurison"). */
function isVariant(a: Term, b: Term): boolean {
  const short = Math.min(a.lower.length, b.lower.length);
  if (short < 4 || /\d/.test(a.lower + b.lower)) return false;
  if (a.root.length >= 4 && a.root === b.root) return true;
  // Typos rarely hit the first letter; checking it first keeps the edit distance off the hot path.
  if (short < 5 || a.lower[0] !== b.lower[0]) return false;
  return withinEdits(a.lower, b.lower, short >= 8 ? 2 : 1);
}

/**
 * How well answer word `b` stands for reference word `a`, in [0, 1]: identical up to
 * lemma/stem = 1, spelling variant = 0.9, else graded by embedding cosine (Sultan et al. 2016).
 */
export function termSimilarity(a: Term, b: Term, vectors: WordVectors | null): number {
  if (a.lower === b.lower || a.lemma === b.lemma || (a.stem.length >= 3 && a.stem === b.stem))
    return 1;
  const na = numberValue(a.lower);
  if (na !== null && na === numberValue(b.lower)) return 1;
  if (areOpposites(a.lower, b.lower) || areOpposites(a.lemma, b.lemma)) return 0;
  const cos = vectors && a.vec >= 0 && b.vec >= 0 ? vectors.cosine(a.vec, b.vec) : null;
  // Shared roots can drift apart in meaning ("pointer"/"point"): vectors veto those, but only
  // where both words are frequent enough for their vectors to be trustworthy.
  const trusted =
    cos !== null &&
    (a.rank ?? Infinity) < ALIGN.trustedRank &&
    (b.rank ?? Infinity) < ALIGN.trustedRank;
  if (isVariant(a, b) && (!trusted || cos >= ALIGN.variantMinCosine)) return ALIGN.variant;
  if (cos === null) return 0;
  if ((a.rank ?? 0) < ALIGN.softMinRank || (b.rank ?? 0) < ALIGN.softMinRank) return 0;
  if (ALIGN.samePos && a.pos !== b.pos && a.pos !== "O" && b.pos !== "O") return 0;
  if (cos <= ALIGN.cosineFloor) return 0;
  return (
    ALIGN.cosineCeiling *
    Math.min(1, (cos - ALIGN.cosineFloor) / (ALIGN.cosineFull - ALIGN.cosineFloor))
  );
}
