import type { EvaluationContext, RubricContext } from "./context";
import { contextOf, rubricContext } from "./context";
import { type PointMatch, matchPoint } from "./coverage";
import { keysOf } from "./terms";

/** Another question the answer may really be answering (a bank question, a sibling in the set). */
export interface OtherQuestion {
  questionText: string;
  expectedAnswerPoints: readonly string[];
}

/** Candidates fully matched per evaluation, after the cheap word-overlap pre-filter. */
const CANDIDATES = 3;
/** Shared specific words below which another question is not worth matching. */
const MIN_SHARED_WORDS = 2;
/** Rubric contexts kept between calls (the bank is a few hundred questions). */
const CACHE_LIMIT = 4000;

const cache = new Map<string, { rubric: RubricContext; keys: Set<string> }>();

function cached(q: OtherQuestion): { rubric: RubricContext; keys: Set<string> } {
  const id = `${q.questionText}\u0000${q.expectedAnswerPoints.join("\u0000")}`;
  let entry = cache.get(id);
  if (!entry) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const rubric = rubricContext(q.questionText, q.expectedAnswerPoints);
    const keys = new Set(
      [...rubric.questionTerms, ...rubric.points.flatMap((p) => p.terms)].flatMap((t) => [
        t.lemma,
        t.stem,
      ]),
    );
    entry = { rubric, keys };
    cache.set(id, entry);
  }
  return entry;
}

/**
 * Builds and keeps the rubric contexts of `others` ahead of the first evaluation that needs them
 * (the bank's take seconds on a cold process).
 */
export function prepareOtherQuestions(others: readonly OtherQuestion[]): void {
  for (const q of others) cached(q);
}

/** How much of the answer (its own content, IDF-weighted) the rubric's points account for. */
function answerFocus(ctx: EvaluationContext, matches: readonly PointMatch[]): number {
  const matched = new Set(matches.flatMap((m) => m.matchedAnswerTerms));
  let all = 0;
  let hit = 0;
  ctx.answerTerms.forEach((t, i) => {
    if (t.inQuestion) return;
    all += t.weight;
    if (matched.has(i)) hit += t.weight;
  });
  return all > 0 ? hit / all : 0;
}

/** How fully an answer covers a rubric: the mean recall of its two best-covered points. */
export function rubricFit(matches: readonly PointMatch[]): number {
  const top = matches
    .map((m) => m.recall)
    .sort((a, b) => b - a)
    .slice(0, 2);
  return top.length ? top.reduce((a, b) => a + b, 0) / top.length : 0;
}

/** A rubric this large, mostly covered, is not covered by accident. */
export const SUBSTANTIAL_POINTS = 3;

/**
 * How fully the answer answers a question: the mean recall of its points. Against a rubric of one
 * or two short points, a shared term or two would do, so the answer must also be mostly about it.
 */
export function otherFit(ctx: EvaluationContext, matches: readonly PointMatch[]): number {
  const coverage = matches.reduce((n, m) => n + m.recall, 0) / Math.max(1, matches.length);
  if (matches.length >= SUBSTANTIAL_POINTS) return coverage;
  return Math.min(rubricFit(matches), answerFocus(ctx, matches));
}

const normalise = (text: string) => text.toLowerCase().replace(/\W+/g, " ").trim();

/**
 * The best fit of the answer to any other question: an answer that covers another question's points
 * far better than its own answers that other question. Only the few questions sharing the most
 * specific words with the answer are matched in full.
 */
export function bestOtherFit(ctx: EvaluationContext, others: readonly OtherQuestion[]): number {
  if (others.length === 0 || ctx.answerTerms.length === 0) return 0;
  const own = normalise(ctx.input.questionText);
  const ownKeys = new Set(
    [...ctx.questionTerms, ...ctx.points.flatMap((p) => p.terms)].flatMap((t) => keysOf(t)),
  );
  // Only the answer's words its own rubric lacks can point to another question.
  const foreign = new Set(
    ctx.answerTerms
      .filter((t) => !keysOf(t).some((k) => ownKeys.has(k)))
      .flatMap((t) => [t.lemma, t.stem]),
  );
  if (foreign.size < MIN_SHARED_WORDS) return 0;
  const scored = others
    .filter((q) => normalise(q.questionText) !== own)
    .map((q) => {
      const entry = cached(q);
      let shared = 0;
      for (const k of foreign) if (entry.keys.has(k)) shared++;
      return { entry, shared };
    })
    .filter((c) => c.shared >= MIN_SHARED_WORDS)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, CANDIDATES);
  let best = 0;
  for (const { entry } of scored) {
    const other = contextOf(ctx.input, ctx.answer, entry.rubric, ctx.vectors);
    const matches = other.points.map((p) => matchPoint(p, other));
    best = Math.max(best, otherFit(other, matches));
  }
  return best;
}

/** How well an answer covers its own rubric, on the same scale (a shared term is not focus here). */
export function ownFit(matches: readonly PointMatch[]): number {
  if (matches.length < SUBSTANTIAL_POINTS) return rubricFit(matches);
  return matches.reduce((n, m) => n + m.recall, 0) / matches.length;
}
