import type {
  EvaluationInput,
  EvaluationResult,
  PointEvidence,
  StarBreakdown,
} from "@/lib/ai/types";
import { setImmediate as nextTurn } from "node:timers/promises";
import { overallScore } from "@/lib/evaluations/score";
import { loadWordVectors } from "@/lib/ai/offline/nlp/embeddings";
import { wink } from "@/lib/ai/offline/nlp/wink";
import { type EvaluationContext, buildContext } from "./context";
import { type PointMatch, RELATED_SIM, matchPoint } from "./coverage";
import { scoreCriteria } from "./criteria";
import { exampleAnswerOf, improvementsOf, strengthsOf, suggestionsOf } from "./feedback";
import { blankSpans, blankTrailingNoise, findInjections } from "./injection";
import type { StarRole } from "./lexicon";
import { MODEL, type ScoringModel } from "./model";
import { type OtherQuestion, SUBSTANTIAL_POINTS, bestOtherFit, rubricFit } from "./other-questions";
import { detectFlags, measureShape } from "./signals";
import {
  STAR_ROLES,
  detectStar,
  isReflectionPoint,
  looksBack,
  reflectionSentence,
  starRoleOfPoint,
} from "./star";

/** A point is stated with at least this many of its words, or this share of a short point's. */
const CLAIM_WORDS = 3;
const CLAIM_SHARE = 0.4;
/** Content words beyond the point's own that make a sentence a statement rather than a mention. */
const CLAIM_CONTEXT_WORDS = 3;

/** A sentence with nothing specific of its own must repeat this share of the point's words. */
const MENTION_SHARE = 0.45;
/** Shorter points are stated in as few words as they have ("File scope."): no mention check. */
const MENTION_MIN_TERMS = 4;

/** Strength the quoted sentences alone must give the point (on the point-strength scale). */
const QUOTE_SUPPORT = 0.55;

/** Own-rubric fit under which the answer is compared with other questions. */
const OFF_TOPIC_CHECK_BELOW = 0.35;
/** Against a rubric of several points, even an answer that touches two of them is checked. */
const OFF_TOPIC_CHECK_BELOW_LONG = 0.75;

/** Strength credited to a rubric point about a STAR part ("Describes the situation") that is present. */
const STAR_PART_CREDIT = 0.75;

/** A behavioural point with at most this many own words is structural ("Describes the situation"). */
const STRUCTURAL_POINT_TERMS = 3;

/** Share of its match strength a point keeps when the answer is a keyword list or off-topic. */
const GAMED_CREDIT = 0.3;

type Span = { start: number; end: number };
/** A STAR part found by its cues, quoted from the original answer. */
type StarPart = Span & { role: StarRole; quote: string };

/**
 * Moves a span's end over the sentence's closing punctuation in the original answer: it is
 * analysed without trailing noise, but quotes should read as the candidate wrote them.
 */
function closingPunctuation(original: string, end: number): number {
  let e = end;
  while (e < original.length && /[.!?…"'”’)\]]/.test(original[e]!)) e++;
  return e;
}

function lexicalStrength(m: PointMatch, model: ScoringModel): number {
  const s = Math.pow(Math.min(1, Math.max(0, m.recall)), model.gamma);
  return m.contradicted ? 0.25 * s : s;
}

/** Point words a passage must state for the point to count as covered, by the point's size. */
function wordsNeeded(pointTerms: number): number {
  return Math.min(CLAIM_WORDS, Math.max(1, Math.ceil(CLAIM_SHARE * pointTerms)));
}

/**
 * The passage says something about the point (a claim, a mechanism, an example), not only its
 * term: it states several of the point's words, not one or two dropped into a sentence.
 */
function saysSomething(m: PointMatch): boolean {
  // The quote must support the point by itself, not only the window around it.
  if (Math.sqrt(m.support) < QUOTE_SUPPORT) return false;
  // Terms dropped into small talk ("there is also X and Y to think about"): nothing specific
  // besides the point's words, and too few of them to be the statement itself.
  if (
    m.allTerms >= MENTION_MIN_TERMS &&
    m.specificClaimWords === 0 &&
    m.statedShare < MENTION_SHARE
  )
    return false;
  const need = wordsNeeded(m.pointTerms);
  if (m.matchedPointTerms >= need) return true;
  // Fewer of its words, in a sentence that goes on to say something else about them.
  return m.matchedPointTerms >= Math.min(2, need) && m.claimWords >= CLAIM_CONTEXT_WORDS;
}

/**
 * Behavioural rubric points describe parts of the story: a present STAR part covers them. A point
 * about looking back is covered only by a sentence that looks back (a lesson, hindsight, "I'd …"):
 * a result is not a reflection. `stated` false vetoes a lexical match that is no reflection.
 */
function withStar(
  match: PointMatch,
  strength: number,
  star: readonly StarPart[],
  reflection: Span | null,
  ctx: EvaluationContext,
): { strength: number; span: Span | null; stated?: boolean } {
  if (isReflectionPoint(match.point)) {
    const span = match.span;
    if (span && looksBack(ctx.answer.text.slice(span.start, span.end))) return { strength, span };
    if (reflection) return { strength: Math.max(strength, STAR_PART_CREDIT), span: reflection };
    return { strength, span, stated: false };
  }
  if (STAR_PART_CREDIT <= strength) return { strength, span: match.span };
  const role = starRoleOfPoint(match.point);
  const part = role ? star.find((e) => e.role === role) : undefined;
  if (!part || !partSupports(match, part, ctx)) return { strength, span: match.span };
  return { strength: STAR_PART_CREDIT, span: { start: part.start, end: part.end } };
}

/**
 * A STAR part quoted for a point must say something of it: a point with content of its own ("the
 * specific vulnerability and how it was found") needs one of its words in the part, not just a
 * sentence of the right kind. A purely structural point ("Describes the situation") needs none.
 */
function partSupports(match: PointMatch, part: Span, ctx: EvaluationContext): boolean {
  if (match.pointTerms <= STRUCTURAL_POINT_TERMS) return true;
  return ctx.answerTerms.some((t, ai) => {
    const at = ctx.answer.tokens[t.token]!.start;
    return (
      !t.inQuestion &&
      (match.answerSims[ai] ?? 0) >= RELATED_SIM &&
      at >= part.start &&
      at < part.end
    );
  });
}

/** STAR parts found by cues, plus those a lexically covered rubric point stands for. */
function starParts(
  found: readonly StarPart[],
  points: readonly string[],
  evidence: readonly PointEvidence[],
): Map<StarRole, string> {
  const parts = new Map<StarRole, string>(found.map((e) => [e.role, e.quote]));
  evidence.forEach((e, i) => {
    const role = starRoleOfPoint(points[i]!);
    const used = [...parts.values()].includes(e.quote ?? "");
    if (role && e.covered && e.quote && !parts.has(role) && !used) parts.set(role, e.quote);
  });
  return parts;
}

/** Synchronous core of evaluateOffline (call warmUp() first); `model` defaults to the shipped constants. */
export function evaluateWith(
  input: EvaluationInput,
  model: ScoringModel = MODEL,
  others: readonly OtherQuestion[] = [],
): EvaluationResult {
  const original = input.answerText;
  const injections = findInjections(original);
  const ctx = buildContext(input, blankTrailingNoise(blankSpans(original, injections)));
  const matches = ctx.points.map((p) => matchPoint(p, ctx));
  const shape = measureShape(ctx, matches);
  // Only an answer that misses its own points is checked against other questions (the costly part).
  const gate =
    matches.length >= SUBSTANTIAL_POINTS ? OFF_TOPIC_CHECK_BELOW_LONG : OFF_TOPIC_CHECK_BELOW;
  const otherFit = rubricFit(matches) < gate ? bestOtherFit(ctx, others) : 0;
  const { flags, certain } = detectFlags({
    ctx,
    matches,
    shape,
    injected: injections.length > 0,
    otherFit,
  });

  const behavioral = input.category === "Behavioral";
  const silenced = flags.some((f) => f === "non_answer" || f === "gibberish");
  // A story is only credited when the answer is a real, relevant one.
  const gamed = flags.some(
    (f) => f === "off_topic" || f === "copied_question" || f === "keyword_salad",
  );
  const starDetected: StarPart[] = (
    behavioral && !silenced ? detectStar(ctx.answer).evidence : []
  ).map((e) => {
    const end = closingPunctuation(original, e.end);
    return { role: e.role, start: e.start, end, quote: original.slice(e.start, end) };
  });
  // The structure is still shown for a gamed answer, but earns nothing.
  const starFound = gamed ? [] : starDetected;
  const reflection = behavioral && !silenced && !gamed ? reflectionSentence(ctx.answer) : null;

  // Listed keywords or stray shared words in an answer to another question do not make a point.
  const credit = flags.includes("keyword_salad") || flags.includes("off_topic") ? GAMED_CREDIT : 1;
  const strengths: number[] = [];
  const spans: Array<Span | null> = [];
  const says: boolean[] = [];
  for (const m of matches) {
    const lexical = silenced ? 0 : credit * lexicalStrength(m, model);
    const {
      strength,
      span: found,
      stated,
    } = behavioral
      ? withStar(m, lexical, starFound, reflection, ctx)
      : { strength: lexical, span: m.span, stated: undefined };
    // A STAR part present covers a rubric point about it; otherwise the passage must state it.
    says.push(stated ?? (strength > lexical || saysSomething(m)));
    strengths.push(strength);
    spans.push(
      strength > 0 && found
        ? { start: found.start, end: closingPunctuation(original, found.end) }
        : null,
    );
  }

  const evidence: PointEvidence[] = matches.map((m, i) => {
    const span = spans[i] ?? null;
    const covered = strengths[i]! >= model.coveredAt && span !== null && (says[i] ?? false);
    return {
      point: m.point,
      covered,
      score: Math.round(strengths[i]! * 1000) / 1000,
      quote: covered && span ? original.slice(span.start, span.end) : null,
      start: covered && span ? span.start : null,
      end: covered && span ? span.end : null,
    };
  });

  const parts = behavioral ? starParts(starFound, input.expectedAnswerPoints, evidence) : null;
  const shown = behavioral && gamed ? new Map(starDetected.map((e) => [e.role, e.quote])) : parts;
  const star: StarBreakdown | null = shown
    ? {
        situation: shown.get("situation") ?? null,
        task: shown.get("task") ?? null,
        action: shown.get("action") ?? null,
        result: shown.get("result") ?? null,
      }
    : null;
  const starRoles = parts ? new Set(STAR_ROLES.filter((r) => parts.has(r))) : null;
  const criteria = scoreCriteria({
    ctx,
    matches,
    strengths,
    shape,
    flags,
    certain,
    starRoles,
    model,
  });

  const feedback = {
    category: input.category,
    evidence,
    contradicted: matches.map((m) => m.contradicted),
    criteria,
    flags,
    star,
    answerText: original,
    words: shape.words,
    expectedWords: Math.max(12, Math.round(shape.expectedContentWords * 2)),
  };
  return {
    ...criteria,
    overallScore: overallScore(criteria),
    strengths: strengthsOf(feedback),
    improvements: improvementsOf(feedback),
    suggestions: suggestionsOf(feedback),
    exampleAnswer: exampleAnswerOf(input.category, input.expectedAnswerPoints),
    evidence,
    star,
    flags,
  };
}

let warmed: Promise<void> | null = null;

/**
 * Loads the language model and word vectors once per process (every later call reuses them). Each
 * load is a separate turn of the event loop, so a process that evaluates on its request thread
 * keeps serving between them.
 */
export function warmUp(): Promise<void> {
  warmed ??= (async () => {
    await nextTurn();
    wink();
    await loadWordVectors();
  })();
  return warmed;
}

/**
 * The built-in offline evaluator: scores an interview answer against its expected points with
 * word alignment (lemmas, spelling variants, word vectors), question demotion and gaming checks.
 * Deterministic and pure; async only so the first call can load its resources lazily. `others`
 * are questions the answer may really belong to (the bank): answering one of them is off-topic.
 */
export async function evaluateOffline(
  input: EvaluationInput,
  others: readonly OtherQuestion[] = [],
): Promise<EvaluationResult> {
  await warmUp();
  return evaluateWith(input, MODEL, others);
}
