import type { CriteriaScores, EvaluationFlag } from "@/lib/ai/types";
import { isWord } from "@/lib/ai/offline/nlp/analyse";
import { EVERYDAY_RANK } from "@/lib/ai/offline/nlp/word-weight";
import { clampScore } from "@/lib/evaluations/score";
import type { EvaluationContext } from "./context";
import type { PointMatch } from "./coverage";
import { countMatches } from "./text-stats";
import { FILLERS, HEDGES, STRUCTURE_MARKERS, type StarRole } from "./lexicon";
import type { ScoringModel } from "./model";
import type { AnswerShape } from "./signals";

/** How much each STAR part weighs in a behavioural answer: the action carries the story. */
export const STAR_WEIGHTS: Record<StarRole, number> = {
  situation: 0.2,
  task: 0.2,
  action: 0.35,
  result: 0.25,
};

export interface CriteriaInput {
  ctx: EvaluationContext;
  matches: readonly PointMatch[];
  /** 0..1 strength of each expected point. */
  strengths: readonly number[];
  shape: AnswerShape;
  flags: readonly EvaluationFlag[];
  /** Flags the detectors are sure of: these get the hard ceilings, the others the soft ones. */
  certain: ReadonlySet<EvaluationFlag>;
  /** STAR parts present (behavioural questions only, else null). */
  starRoles: ReadonlySet<StarRole> | null;
  model: ScoringModel;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const lifted = (x: number, lift: number) => 1 - Math.pow(1 - clamp01(x), lift);
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** log of own content words over expected content words, clipped: −2 (far too short) … 1 (ample). */
function lengthRatio(shape: AnswerShape): number {
  const r = Math.log((shape.ownContentWords + 1) / (shape.expectedContentWords + 1));
  return Math.max(-2, Math.min(1, r));
}

function starCompleteness(roles: ReadonlySet<StarRole>): number {
  return (Object.keys(STAR_WEIGHTS) as StarRole[]).reduce(
    (n, r) => n + (roles.has(r) ? STAR_WEIGHTS[r] : 0),
    0,
  );
}

function content({ strengths, shape, starRoles, model }: CriteriaInput): number {
  const m = model.content;
  let raw =
    m.intercept +
    m.coverage * mean(strengths) +
    m.focus * shape.focus +
    m.length * lengthRatio(shape);
  if (starRoles) raw = 0.6 * raw + 0.4 * starCompleteness(starRoles);
  return 100 * lifted(raw, model.lift);
}

function clarity({ ctx, shape, starRoles }: CriteriaInput): number {
  const { answer } = ctx;
  const sentenceWords = answer.sentences.map(
    (s) => answer.tokens.slice(s.first, s.last).filter(isWord).length,
  );
  const words = shape.words;
  if (words === 0) return 0;
  let score = 100;
  const avg = words / Math.max(1, sentenceWords.length);
  if (avg > 30) score -= Math.min(25, (avg - 30) * 1.2);
  if (sentenceWords.some((n) => n > 60)) score -= 10;
  if (sentenceWords.length >= 2)
    score -= 20 * (sentenceWords.filter((n) => n < 3).length / sentenceWords.length);
  if (sentenceWords.length === 1 && words > 45) score -= 10;
  // Readable length is relative to what the question asks for.
  const ratio = (shape.ownContentWords + 1) / (shape.expectedContentWords + 1);
  if (ratio < 0.5) score -= Math.min(30, (0.5 - ratio) * 60);
  if (words > 250 && ratio > 4) score -= Math.min(20, (ratio - 4) * 5);
  score -= Math.min(20, 60 * repeatedTrigramShare(ctx));
  score -= Math.min(20, 4 * countMatches(answer.text, FILLERS));
  // Material unrelated to the question or the points is rambling.
  score -= 30 * (1 - Math.min(1, shape.relatedness / 0.6));
  if (sentenceWords.length >= 3 && countMatches(answer.text, [STRUCTURE_MARKERS]) > 0) score += 5;
  if (starRoles) score -= 7 * (4 - starRoles.size);
  return score;
}

/** Share of content-word trigrams that occur more than once (answers that go round in circles). */
function repeatedTrigramShare(ctx: EvaluationContext): number {
  const lemmas = ctx.answerTerms.map((t) => t.lemma);
  if (lemmas.length < 12) return 0;
  const seen = new Map<string, number>();
  for (let i = 0; i + 2 < lemmas.length; i++) {
    const key = `${lemmas[i]} ${lemmas[i + 1]} ${lemmas[i + 2]}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  let repeated = 0;
  for (const n of seen.values()) if (n > 1) repeated += n - 1;
  return repeated / (lemmas.length - 2);
}

function confidence({ ctx }: CriteriaInput): number {
  const text = ctx.answer.text;
  let score = 90;
  score -= Math.min(45, 7 * countMatches(text, HEDGES));
  score -= Math.min(30, 5 * countMatches(text, FILLERS));
  // Statements that end in "?" sound unsure of themselves.
  score -= Math.min(15, 5 * (text.match(/\?\s*(?:\n|$)|\?\s+(?=[A-Z])/g) ?? []).length);
  if (
    !/\b(?:maybe|perhaps|probably|i think|not sure)\b/i.test(text) &&
    ctx.answer.sentences.length >= 2
  )
    score += 5;
  return score;
}

function technical({ ctx, matches, strengths, model }: CriteriaInput): number {
  const matched = new Set(matches.flatMap((m) => m.matchedAnswerTerms));
  let domain = 0;
  let domainMatched = 0;
  ctx.answerTerms.forEach((a, ai) => {
    if (a.inQuestion || (a.rank !== null && a.rank < EVERYDAY_RANK)) return;
    domain += a.weight;
    if (matched.has(ai)) domainMatched += a.weight;
  });
  const precision = domain > 0 ? domainMatched / domain : 0;
  const contradicted = matches.filter((m) => m.contradicted).length / Math.max(1, matches.length);
  const raw =
    model.technical.coverage * mean(strengths) +
    model.technical.precision * precision -
    0.5 * contradicted;
  return 100 * lifted(raw, model.lift);
}

/** Ceilings per flag: a gamed answer cannot score well on any criterion. */
// Each keeps the overall (0.4·content + 0.2·each other) at most 10: saying nothing about the
// question is not partly right. Off-topic and salads keep a little for what they do say.
const CAPS: Partial<Record<EvaluationFlag, CriteriaScores>> = {
  non_answer: { contentQuality: 0, clarity: 5, confidence: 5, technicalAccuracy: 0 },
  gibberish: { contentQuality: 0, clarity: 0, confidence: 5, technicalAccuracy: 0 },
  off_topic: { contentQuality: 5, clarity: 15, confidence: 15, technicalAccuracy: 5 },
  copied_question: { contentQuality: 5, clarity: 10, confidence: 10, technicalAccuracy: 5 },
  keyword_salad: { contentQuality: 10, clarity: 10, confidence: 15, technicalAccuracy: 10 },
};

/**
 * Ceilings for flags that only hint (a terse list of terms, no word shared with the rubric): at
 * most 25 overall, as graders often credit those answers in part.
 */
const SOFT_CAPS: Partial<Record<EvaluationFlag, CriteriaScores>> = {
  off_topic: { contentQuality: 10, clarity: 30, confidence: 30, technicalAccuracy: 10 },
  keyword_salad: { contentQuality: 20, clarity: 20, confidence: 40, technicalAccuracy: 25 },
};

/** An instruction to the grader with nothing of substance left once it is blanked. */
const BARE_INJECTION: CriteriaScores = {
  contentQuality: 0,
  clarity: 5,
  confidence: 5,
  technicalAccuracy: 0,
};

/** Mean point strength under which an answer carrying an injection is treated as the injection alone. */
const BARE_INJECTION_AT = 0.2;

/** Coverage at which delivery (clarity, confidence) is judged in full. */
const SUBSTANCE_AT = 0.5;

/** The four criteria, 0–100 integers, with flag ceilings and the injection penalty applied. */
export function scoreCriteria(input: CriteriaInput): CriteriaScores {
  // Being clear and assertive about something other than the question earns only half.
  const substance = 0.5 + 0.5 * Math.min(1, mean(input.strengths) / SUBSTANCE_AT);
  let scores: CriteriaScores = {
    contentQuality: content(input),
    clarity: clarity(input) * substance,
    confidence: confidence(input) * substance,
    technicalAccuracy: technical(input),
  };
  for (const flag of input.flags) {
    const cap = input.certain.has(flag) ? CAPS[flag] : (SOFT_CAPS[flag] ?? CAPS[flag]);
    if (!cap) continue;
    scores = {
      contentQuality: Math.min(scores.contentQuality, cap.contentQuality),
      clarity: Math.min(scores.clarity, cap.clarity),
      confidence: Math.min(scores.confidence, cap.confidence),
      technicalAccuracy: Math.min(scores.technicalAccuracy, cap.technicalAccuracy),
    };
  }
  if (input.flags.includes("too_short"))
    scores = { ...scores, clarity: Math.min(scores.clarity, 50) };
  // What is left of an injected answer must stand on its own: with no point covered, it is nothing.
  if (input.flags.includes("prompt_injection") && mean(input.strengths) < BARE_INJECTION_AT)
    scores = {
      contentQuality: Math.min(scores.contentQuality, BARE_INJECTION.contentQuality),
      clarity: Math.min(scores.clarity, BARE_INJECTION.clarity),
      confidence: Math.min(scores.confidence, BARE_INJECTION.confidence),
      technicalAccuracy: Math.min(scores.technicalAccuracy, BARE_INJECTION.technicalAccuracy),
    };
  // Talking to the grader is penalised on every criterion, whatever the rest of the answer is worth.
  const factor = input.flags.includes("prompt_injection") ? 0.5 : 1;
  return {
    contentQuality: clampScore(Math.floor(scores.contentQuality * factor)),
    clarity: clampScore(Math.floor(scores.clarity * factor)),
    confidence: clampScore(Math.floor(scores.confidence * factor)),
    technicalAccuracy: clampScore(Math.floor(scores.technicalAccuracy * factor)),
  };
}
