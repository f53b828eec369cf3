import { isStopword } from "@/lib/ai/offline/nlp/stopwords";
import { wordRoot } from "@/lib/ai/offline/nlp/word-root";
import { CATEGORIES, DIFFICULTIES } from "@/lib/validations/enums";
import type { QuestionBank } from "./load";
import type { BankQuestion } from "./schema";

/**
 * Near-duplicate rule (docs/question-bank.md explains the figures):
 * - the question texts share at least half of their shingles (Jaccard ≥ 0.5 over the content
 *   words' roots and adjacent pairs of them), or
 * - text and expected points together point the same way (TF-IDF cosine ≥ 0.7 over the roots).
 * Distinct questions of the bank stay below both (highest pairs about 0.33 and 0.65); a copy
 * with its clauses reordered, its framing changed or a word swapped stays above.
 */
export const NEAR_DUPLICATE = { textJaccard: 0.5, contentCosine: 0.7 } as const;

// Words that frame a question rather than say what it asks.
const FRAMING = new Set(
  "tell describe explain walk give example examples time times talk discuss would please".split(
    " ",
  ),
);

/**
 * Roots of a text's content words, in order ("Caches were invalidated" → cach, invalid).
 * Complexity notation is one token ("O(V + E)" → o(v+e)), so answers and points can agree on it.
 */
export function contentRoots(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\bo\(([^()]{1,20})\)/g, (_m, inner: string) => ` o(${inner.replace(/\s+/g, "")}) `)
    .split(/[^\p{L}\p{N}+#()*^]+/u)
    .filter((w) => w.length > 1 && !isStopword(w))
    .map((w) => (w.startsWith("o(") ? w : wordRoot(w.replace(/[()*^]/g, ""))))
    .filter((w) => w.length > 1);
}

function shingles(text: string): Set<string> {
  const roots = contentRoots(text).filter((w) => !FRAMING.has(w));
  const set = new Set(roots);
  for (let i = 0; i + 1 < roots.length; i++) set.add(`${roots[i]} ${roots[i + 1]}`);
  return set;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

type Vector = Map<string, number>;

/** What the near-duplicate rule compares: the text's shingles and the whole question's vector. */
export interface QuestionFeatures {
  shingles: Set<string>;
  vector: Vector;
}

const contentWords = (q: Pick<BankQuestion, "text" | "points">) =>
  contentRoots(`${q.text} ${q.points.join(" ")}`);

/** Features of questions, weighted by how rare each word is in `corpus` (usually the bank). */
export function featureExtractor(
  corpus: readonly Pick<BankQuestion, "text" | "points">[],
): (q: Pick<BankQuestion, "text" | "points">) => QuestionFeatures {
  const df = new Map<string, number>();
  for (const q of corpus) for (const t of new Set(contentWords(q))) df.set(t, (df.get(t) ?? 0) + 1);
  return (q) => {
    const vector: Vector = new Map();
    for (const t of contentWords(q)) vector.set(t, (vector.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, tf] of vector) {
      const w = (1 + Math.log(tf)) * Math.log(1 + corpus.length / (df.get(t) ?? 1));
      vector.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of vector) vector.set(t, w / norm);
    return { shingles: shingles(q.text), vector };
  };
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}

export interface Similarity {
  /** Shingle Jaccard of the two question texts. */
  text: number;
  /** TF-IDF cosine of text plus expected points. */
  content: number;
}

export const similarity = (a: QuestionFeatures, b: QuestionFeatures): Similarity => ({
  text: jaccard(a.shingles, b.shingles),
  content: cosine(a.vector, b.vector),
});

export const isNearDuplicate = (s: Similarity): boolean =>
  s.text >= NEAR_DUPLICATE.textJaccard || s.content >= NEAR_DUPLICATE.contentCosine;

export interface SimilarPair extends Similarity {
  a: string;
  b: string;
}

/** Every pair of questions, within or across roles, that the near-duplicate rule flags. */
export function nearDuplicates(questions: readonly BankQuestion[]): SimilarPair[] {
  const features = questions.map(featureExtractor(questions));
  const found: SimilarPair[] = [];
  for (let i = 0; i < questions.length; i++) {
    for (let j = i + 1; j < questions.length; j++) {
      const s = similarity(features[i]!, features[j]!);
      if (isNearDuplicate(s)) found.push({ a: questions[i]!.key, b: questions[j]!.key, ...s });
    }
  }
  return found;
}

/**
 * How much of an expected point a model answer says in its own words: the share of the point's
 * content roots that occur in the answer.
 */
export function lexicalSupport(point: string, answer: string): number {
  const wanted = new Set(contentRoots(point));
  if (wanted.size === 0) return 0;
  const said = new Set(contentRoots(answer));
  let found = 0;
  for (const r of wanted) if (said.has(r)) found++;
  return found / wanted.size;
}

/**
 * How much lexical support a model answer needs for the points it claims to cover. A technical
 * point states a claim, so the answer must share a quarter of its words (writers' answers: 4 of
 * 3,403 claims below; points checked against another question's answer: 89% below). A behavioural
 * point describes the story's shape ("states the outcome"), which a good story shows in its own
 * words, so there only the answer as a whole must share some vocabulary with its points.
 */
export const COVER_SUPPORT = { point: 0.25, behavioralAnswer: 0.05 } as const;

export interface UnsupportedCover {
  key: string;
  /** The point claimed without support; null when a behavioural answer as a whole lacks it. */
  point: number | null;
  support: number;
}

function unsupportedCovers(q: BankQuestion): UnsupportedCover[] {
  const covers = q.modelAnswerCovers ?? [];
  if (!q.modelAnswer || covers.length === 0) return [];
  const support = covers.map((i) => lexicalSupport(q.points[i] ?? "", q.modelAnswer ?? ""));
  if (q.category === "Behavioral") {
    const mean = support.reduce((sum, s) => sum + s, 0) / support.length;
    return mean < COVER_SUPPORT.behavioralAnswer
      ? [{ key: q.key, point: null, support: mean }]
      : [];
  }
  return covers.flatMap((point, i) =>
    support[i]! < COVER_SUPPORT.point ? [{ key: q.key, point, support: support[i]! }] : [],
  );
}

export interface BankAudit {
  /** "Role: Category/Difficulty" cells without a question. */
  emptyCells: string[];
  nearDuplicates: SimilarPair[];
  /** Model answers that say nothing about points they claim to cover. */
  unsupportedCovers: UnsupportedCover[];
}

/** The content checks that a schema cannot express, over the whole bank. */
export function auditBank(bank: QuestionBank): BankAudit {
  const emptyCells = bank.roles.flatMap((role) =>
    CATEGORIES.flatMap((category) =>
      DIFFICULTIES.filter(
        (difficulty) =>
          !bank.questions.some(
            (q) => q.role === role && q.category === category && q.difficulty === difficulty,
          ),
      ).map((difficulty) => `${role}: ${category}/${difficulty}`),
    ),
  );
  return {
    emptyCells,
    nearDuplicates: nearDuplicates(bank.questions),
    unsupportedCovers: bank.questions.flatMap(unsupportedCovers),
  };
}
