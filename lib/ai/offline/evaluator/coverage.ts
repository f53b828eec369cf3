import type { Analysis } from "@/lib/ai/offline/nlp/analyse";
import { termSimilarity } from "./align";
import type { EvaluationContext, PointContext } from "./context";
import type { Term } from "./terms";
import { EVERYDAY_RANK } from "@/lib/ai/offline/nlp/word-weight";

/** Longest evidence window, in sentences: coverage must come from one passage, not scattered words. */
const MAX_WINDOW = 3;
/** A match at least this strong counts as the same word (lemma, stem or spelling variant). */
export const EXACT_SIM = 0.9;
/** An alignment at least this strong means the answer word really stands for the point's word. */
export const RELATED_SIM = 0.5;
/** An aligned word this strong (a near-synonym or better) counts as stating the point's word. */
const STATED_SIM = 0.25;
/** A sentence joins the quote when it carries this share of the best sentence's matched weight. */
const QUOTE_SHARE = 0.7;
/** Quotes longer than this are narrowed to the clauses that hold the matched words. */
const MAX_QUOTE_CHARS = 280;

/** Words that negate without a negator ("avoids", "unlimited", "lacks"). */
const IMPLICIT_NEGATION =
  /\b(?:avoid|prevent|eliminat|lack|unlimit|infinit|unable|fail|instead|rather|except|unless|absen|miss|zero|neither|limit)\w*/i;

/** How one expected point is matched by the answer, before the model turns it into a score. */
export interface PointMatch {
  point: string;
  /** IDF-weighted share of the point's (non-question) words the best passage covers, 0..1. */
  recall: number;
  /** Same, counting only identical/lemma/variant matches. */
  exact: number;
  /** The passage states the point's words under the opposite polarity ("does not share memory"). */
  contradicted: boolean;
  /** Verbatim evidence span in the answer, or null when nothing matched. */
  span: { start: number; end: number } | null;
  /** Answer term indices aligned (sim ≥ RELATED_SIM) to the point's own words inside the passage. */
  matchedAnswerTerms: number[];
  /** Most of the point's own (non-question) words one sentence of the passage states. */
  matchedPointTerms: number;
  /** That sentence's other content words (not the point's, not the question's): what it says. */
  claimWords: number;
  /** Words of the quoted sentences beyond the point's and the question's, and not everyday. */
  specificClaimWords: number;
  /** Share of all the point's words (question words too) the quoted sentences state. */
  statedShare: number;
  /** The point's weighted recall within the quoted sentences alone: how well the quote supports it. */
  support: number;
  /** How many own words the point has. */
  pointTerms: number;
  /** How many words the point has, question words included. */
  allTerms: number;
  /** For every answer term, its strongest similarity to any word of the point (whole answer). */
  answerSims: number[];
}

/** An answer word that matches a point word, with its sentence for window checks. */
interface Candidate {
  answer: number;
  sentence: number;
  sim: number;
}

/**
 * For each point word, the answer words that match it (sim > 0), strongest first. Most pairs do
 * not match at all, so windows scan these short lists instead of the full similarity matrix.
 */
function candidatesOf(point: PointContext, ctx: EvaluationContext): Candidate[][] {
  return point.terms.map((p) => {
    const list: Candidate[] = [];
    ctx.answerTerms.forEach((a, ai) => {
      // Question words in the answer only count for a point word they literally repeat.
      if (a.inQuestion && !(p.lower === a.lower && !p.inQuestion)) return;
      const sim = termSimilarity(p, a, ctx.vectors);
      if (sim > 0) list.push({ answer: ai, sentence: a.sentence, sim });
    });
    return list.sort((x, y) => y.sim - x.sim || x.answer - y.answer);
  });
}

function effectiveWeight(t: Term): number {
  // Question demotion (Sultan et al. 2016): words the question gave away earn nothing.
  return t.inQuestion ? 0 : t.weight;
}

interface WindowScore {
  first: number;
  last: number;
  recall: number;
  exact: number;
  /** Question words the window repeats: only breaks ties between equally good windows. */
  tie: number;
  /** Answer terms aligned to the point's own words with at least RELATED_SIM. */
  matched: number[];
  /** The sentence stating most point words, and how many. */
  matchedPoint: { count: number; sentence: number };
  /** Alignment of each point word (answer term index, or -1, and its similarity). */
  links: Array<{ answer: number; sim: number }>;
}

/**
 * Aligns the point's words to the answer words of sentences [first, last]: identical words
 * many-to-one, then embedding matches one-to-one and only with answer words not already used,
 * so one answer word cannot stand for several different reference words.
 */
function alignWindow(
  candidates: Candidate[][],
  first: number,
  last: number,
): Array<{ answer: number; sim: number }> {
  const inWindow = (c: Candidate) => c.sentence >= first && c.sentence <= last;
  const links = candidates.map((list) => {
    const exact = list.find((c) => c.sim >= EXACT_SIM && inWindow(c));
    return exact ? { answer: exact.answer, sim: exact.sim } : { answer: -1, sim: 0 };
  });
  const used = new Set(links.filter((l) => l.answer >= 0).map((l) => l.answer));
  const soft: Array<{ pi: number; c: Candidate }> = [];
  candidates.forEach((list, pi) => {
    if (links[pi]!.answer >= 0) return;
    for (const c of list)
      if (c.sim < EXACT_SIM && inWindow(c) && !used.has(c.answer)) soft.push({ pi, c });
  });
  soft.sort((x, y) => y.c.sim - x.c.sim || x.pi - y.pi || x.c.answer - y.c.answer);
  for (const { pi, c } of soft) {
    if (links[pi]!.answer >= 0 || used.has(c.answer)) continue;
    links[pi] = { answer: c.answer, sim: c.sim };
    used.add(c.answer);
  }
  return links;
}

/** The most point words stated in one sentence: words scattered over sentences state nothing. */
function mostInOneSentence(
  links: ReadonlyArray<{ answer: number; sim: number }>,
  weights: readonly number[],
  answerSentence: (answerTerm: number) => number,
): { count: number; sentence: number } {
  const per = new Map<number, number>();
  links.forEach((l, pi) => {
    if (weights[pi]! <= 0 || l.sim < STATED_SIM) return;
    const s = answerSentence(l.answer);
    per.set(s, (per.get(s) ?? 0) + 1);
  });
  let best = { count: 0, sentence: -1 };
  for (const [sentence, count] of per) if (count > best.count) best = { count, sentence };
  return best;
}

function scoreWindow(
  candidates: Candidate[][],
  weights: number[],
  first: number,
  last: number,
  answerSentence: (answerTerm: number) => number,
): WindowScore {
  let num = 0;
  let exactNum = 0;
  let den = 0;
  let tie = 0;
  const links = alignWindow(candidates, first, last);
  links.forEach(({ sim }, pi) => {
    const w = weights[pi]!;
    if (w === 0) tie += sim;
    den += w;
    num += w * sim;
    if (sim >= EXACT_SIM) exactNum += w;
  });
  return {
    first,
    last,
    recall: den > 0 ? num / den : 0,
    exact: den > 0 ? exactNum / den : 0,
    tie,
    matched: links.filter((l, pi) => weights[pi]! > 0 && l.sim >= RELATED_SIM).map((l) => l.answer),
    matchedPoint: mostInOneSentence(links, weights, answerSentence),
    links,
  };
}

function bestSims(candidates: Candidate[][], answerTerms: number): number[] {
  const best = new Array<number>(answerTerms).fill(0);
  for (const list of candidates)
    for (const c of list) best[c.answer] = Math.max(best[c.answer]!, c.sim);
  return best;
}

/**
 * The sentences of a window that carry the point: a sentence holding only a stray word of it
 * (a neighbour that repeats one term) is left out of the quote, since it does not support it.
 */
function quotedSentences(
  win: WindowScore,
  weights: readonly number[],
  answerSentence: (answerTerm: number) => number,
): number[] {
  const per = new Map<number, number>();
  win.links.forEach((l, pi) => {
    if (l.answer < 0 || l.sim < RELATED_SIM || weights[pi]! <= 0) return;
    const s = answerSentence(l.answer);
    per.set(s, (per.get(s) ?? 0) + weights[pi]! * l.sim);
  });
  const top = Math.max(0, ...per.values());
  return [...per].filter(([, v]) => v >= QUOTE_SHARE * top).map(([s]) => s);
}

/** Narrows an over-long span to the clauses around the matched tokens. */
function narrow(
  answer: Analysis,
  start: number,
  end: number,
  matchedTokens: number[],
): { start: number; end: number } {
  if (end - start <= MAX_QUOTE_CHARS || matchedTokens.length === 0) return { start, end };
  const toks = answer.tokens;
  let lo = Math.min(...matchedTokens);
  let hi = Math.max(...matchedTokens);
  const isBoundary = (k: number) => /^[,;:()]$|^[.!?]+$/.test(toks[k]?.text ?? "");
  while (lo > 0 && toks[lo - 1]!.start >= start && !isBoundary(lo - 1)) lo--;
  while (hi + 1 < toks.length && toks[hi + 1]!.end <= end && !isBoundary(hi + 1)) hi++;
  if (hi + 1 < toks.length && toks[hi + 1]!.end <= end && /^[.!?]+$/.test(toks[hi + 1]!.text)) hi++;
  return { start: toks[lo]!.start, end: toks[hi]!.end };
}

/**
 * The passage negates what the point states (or the reverse): most of the point's matched words
 * occur in the passage only under the opposite polarity ("threads do not share memory").
 */
function contradiction(
  candidates: Candidate[][],
  point: PointContext,
  ctx: EvaluationContext,
  win: WindowScore,
): boolean {
  const { answerTerms, answer } = ctx;
  const passage = answer.text.slice(
    answer.sentences[win.first]!.start,
    answer.sentences[win.last]!.end,
  );
  // Polarity carried by verbs ("avoids copies" = "no copies") is beyond a word-level check: abstain.
  if (IMPLICIT_NEGATION.test(point.text) || IMPLICIT_NEGATION.test(passage)) return false;
  let matched = 0;
  let flipped = 0;
  let flippedTerms = 0;
  candidates.forEach((list, pi) => {
    const p = point.terms[pi]!;
    if (p.inQuestion) return;
    let same = false;
    let opposite = false;
    for (const c of list) {
      if (c.sim < EXACT_SIM || c.sentence < win.first || c.sentence > win.last) continue;
      if (answerTerms[c.answer]!.negated === p.negated) same = true;
      else opposite = true;
    }
    if (!same && !opposite) return;
    matched += p.weight;
    if (opposite && !same) {
      flipped += p.weight;
      flippedTerms += 1;
    }
  });
  const enough = flippedTerms >= 2 || point.terms.filter((t) => !t.inQuestion).length <= 2;
  return matched > 0 && enough && flipped / matched >= 0.5;
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * How much of the point the quoted sentences state, and what else they say. The share counts all
 * the point's words, question words included (they earn no weight, but a statement about the
 * point names its subject too). The specific words are the passage's own: not the point's (lead-in
 * included), not the question's, not everyday vocabulary.
 */
function statement(
  point: PointContext,
  win: WindowScore,
  quoted: readonly number[],
  ctx: EvaluationContext,
): { share: number; specific: number; support: number } {
  const inQuote = (ai: number) => quoted.includes(ctx.answerTerms[ai]!.sentence);
  const passage = ctx.answerTerms.filter((_, ai) => inQuote(ai));
  let stated = 0;
  point.terms.forEach((p, pi) => {
    const l = win.links[pi]!;
    if (l.answer >= 0 && l.sim >= STATED_SIM && inQuote(l.answer)) stated++;
    else if (p.inQuestion && passage.some((a) => a.lemma === p.lemma || a.stem === p.stem))
      stated++;
  });
  const linked = new Set(win.links.filter((l) => l.answer >= 0).map((l) => l.answer));
  const pointWords = new Set(point.words);
  const specific = ctx.answerTerms.filter(
    (t, ai) =>
      inQuote(ai) &&
      !t.inQuestion &&
      !linked.has(ai) &&
      !pointWords.has(t.lemma) &&
      !pointWords.has(t.lower) &&
      (t.rank === null || t.rank >= EVERYDAY_RANK),
  ).length;
  let num = 0;
  let den = 0;
  point.terms.forEach((p, pi) => {
    const l = win.links[pi]!;
    const w = effectiveWeight(p);
    den += w;
    if (l.answer >= 0 && inQuote(l.answer)) num += w * l.sim;
  });
  return {
    share: point.terms.length > 0 ? stated / point.terms.length : 0,
    specific,
    support: den > 0 ? num / den : 0,
  };
}

/** Matches one expected point against the best passage (1–3 consecutive sentences) of the answer. */
export function matchPoint(point: PointContext, ctx: EvaluationContext): PointMatch {
  const empty: PointMatch = {
    point: point.text,
    recall: 0,
    exact: 0,
    contradicted: false,
    span: null,
    matchedAnswerTerms: [],
    matchedPointTerms: 0,
    claimWords: 0,
    specificClaimWords: 0,
    statedShare: 0,
    support: 0,
    pointTerms: point.terms.filter((t) => !t.inQuestion).length,
    allTerms: point.terms.length,
    answerSims: ctx.answerTerms.map(() => 0),
  };
  const sentences = ctx.answer.sentences;
  if (point.terms.length === 0 || ctx.answerTerms.length === 0 || sentences.length === 0)
    return empty;
  const candidates = candidatesOf(point, ctx);
  const answerSims = bestSims(candidates, ctx.answerTerms.length);
  const weights = point.terms.map(effectiveWeight);
  const sentenceOf = (ai: number) => ctx.answerTerms[ai]!.sentence;

  const value = (w: WindowScore) => w.recall - 0.03 * (w.last - w.first) + 0.001 * w.tie;
  let best: WindowScore | null = null;
  for (let first = 0; first < sentences.length; first++) {
    for (let last = first; last < Math.min(sentences.length, first + MAX_WINDOW); last++) {
      // A wider window must earn its extra sentences.
      const w = scoreWindow(candidates, weights, first, last, sentenceOf);
      if (!best || value(w) > value(best) + 1e-9) best = w;
    }
  }
  if (!best || best.recall <= 0) return { ...empty, answerSims };

  // Quote only the sentences of the window that state something of the point.
  const used = quotedSentences(best, weights, sentenceOf);
  const s0 = sentences[used.length ? Math.min(...used) : best.first]!;
  const s1 = sentences[used.length ? Math.max(...used) : best.last]!;
  const span = narrow(
    ctx.answer,
    s0.start,
    s1.end,
    best.matched.map((ai) => ctx.answerTerms[ai]!.token),
  );
  const quoted = used.length ? range(Math.min(...used), Math.max(...used)) : [];
  const said = statement(point, best, quoted, ctx);
  return {
    point: point.text,
    recall: best.recall,
    exact: best.exact,
    contradicted: contradiction(candidates, point, ctx, best),
    span,
    matchedAnswerTerms: best.matched,
    matchedPointTerms: best.matchedPoint.count,
    claimWords: ctx.answerTerms.filter(
      (t, ai) =>
        t.sentence === best.matchedPoint.sentence && !t.inQuestion && !best.matched.includes(ai),
    ).length,
    specificClaimWords: said.specific,
    statedShare: said.share,
    support: said.support,
    pointTerms: empty.pointTerms,
    allTerms: empty.allTerms,
    answerSims,
  };
}
