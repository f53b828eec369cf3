import type { EvaluationFlag } from "@/lib/ai/types";
import { isWord } from "@/lib/ai/offline/nlp/analyse";
import { EVERYDAY_RANK } from "@/lib/ai/offline/nlp/word-weight";
import type { EvaluationContext } from "./context";
import { GIBBERISH_MIN_CHARS, isGibberish } from "./gibberish";
import { GIVE_UP, NON_ANSWER } from "./lexicon";
import { type PointMatch, RELATED_SIM } from "./coverage";
import { looksLikeCode } from "./text-stats";

/** Rubric size (point plus question content words) from which an unrelated answer is called off-topic. */
const OFF_TOPIC_MIN_RUBRIC = 15;

/** Shorter answers ("push and pop", "data members and member functions") may be terse, not salad. */
const SALAD_MIN_WORDS = 8;

/** Parts of speech that glue a sentence together; keyword lists have almost none. */
const FUNCTION_POS = new Set(["DET", "ADP", "AUX", "PRON", "SCONJ", "CCONJ", "PART"]);

export interface AnswerShape {
  /** Word tokens (letters or digits). */
  words: number;
  /** Content words not taken from the question. */
  ownContentWords: number;
  /** Content words of all expected points (not question words). */
  expectedContentWords: number;
  /** Share of the answer's own content (IDF-weighted) that aligns with some expected point. */
  focus: number;
  /** Share of the answer's content (IDF-weighted) that relates to the question or the points. */
  relatedness: number;
  /**
   * Share of the answer's content (IDF-weighted) that only repeats the question's words, against
   * the question's words plus the answer's own specific (not everyday) words.
   */
  questionShare: number;
  /** Share of the question's content words (IDF-weighted) the answer repeats. */
  questionOverlap: number;
}

export function measureShape(ctx: EvaluationContext, matches: readonly PointMatch[]): AnswerShape {
  const words = ctx.answer.tokens.filter(isWord).length;
  const matched = new Set(matches.flatMap((m) => m.matchedAnswerTerms));
  const pointTerms = ctx.points.flatMap((p) => p.terms);
  let own = 0;
  let ownMatched = 0;
  let all = 0;
  let related = 0;
  let inQuestion = 0;
  let ownSpecific = 0;
  ctx.answerTerms.forEach((a, ai) => {
    all += a.weight;
    if (a.inQuestion) {
      inQuestion += a.weight;
      related += a.weight;
      return;
    }
    own += a.weight;
    if (a.rank === null || a.rank >= EVERYDAY_RANK) ownSpecific += a.weight;
    if (matched.has(ai)) ownMatched += a.weight;
    if (matched.has(ai) || matches.some((m) => (m.answerSims[ai] ?? 0) >= RELATED_SIM))
      related += a.weight;
  });
  const answerKeys = new Set(ctx.answerTerms.flatMap((t) => [t.lower, t.lemma, t.stem]));
  const qTotal = ctx.questionTerms.reduce((n, t) => n + t.weight, 0);
  const qRepeated = ctx.questionTerms.reduce(
    (n, t) => n + (answerKeys.has(t.lemma) || answerKeys.has(t.stem) ? t.weight : 0),
    0,
  );
  return {
    words,
    ownContentWords: ctx.answerTerms.filter((t) => !t.inQuestion).length,
    expectedContentWords: pointTerms.filter((t) => !t.inQuestion).length,
    focus: own > 0 ? ownMatched / own : 0,
    relatedness: all > 0 ? related / all : 0,
    questionShare: inQuestion > 0 ? inQuestion / (inQuestion + ownSpecific) : 0,
    questionOverlap: qTotal > 0 ? qRepeated / qTotal : 0,
  };
}

function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}'/?\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function isNonAnswer(ctx: EvaluationContext, shape: AnswerShape): boolean {
  // Blank, or a few stray symbols ("?", "-", "…"); longer symbol runs are gibberish instead.
  if (!/[\p{L}\p{N}]/u.test(ctx.answer.text))
    return ctx.answer.text.replace(/\s+/g, "").length < GIBBERISH_MIN_CHARS;
  const text = normalised(ctx.answer.text);
  if (NON_ANSWER.test(text)) return true;
  // "I don't know, sorry, maybe something with memory?": gives up and says almost nothing else.
  return GIVE_UP.test(text) && shape.ownContentWords <= 4;
}

/** Nouns listed without the words that make sentences ("process thread memory isolation …"). */
export function isKeywordSalad(ctx: EvaluationContext): boolean {
  const words = ctx.answer.tokens.filter(isWord);
  if (words.length < SALAD_MIN_WORDS || looksLikeCode(ctx.answer.text)) return false;
  const glue = words.filter((t) => FUNCTION_POS.has(t.pos) || t.stop).length / words.length;
  const verbs = words.filter((t) => t.pos === "VERB" || t.pos === "AUX").length / words.length;
  const segments = ctx.answer.text
    .split(/[,;\n|/•·]+|\s-\s/)
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  const perSegment = words.length / Math.max(1, segments.length);
  // Prose runs at 35–50 % glue words; a list of terms has almost none and no sentence shape.
  return glue < 0.2 && (verbs < 0.1 || perSegment <= 3 || ctx.answer.sentences.length <= 1);
}

export interface SignalInput {
  ctx: EvaluationContext;
  matches: readonly PointMatch[];
  shape: AnswerShape;
  injected: boolean;
}

/** The gaming and quality flags of an answer, in a stable order. */
export function detectFlags({ ctx, matches, shape, injected }: SignalInput): EvaluationFlag[] {
  const flags: EvaluationFlag[] = [];
  const nonAnswer = isNonAnswer(ctx, shape);
  const gibberish = !nonAnswer && isGibberish(ctx.answer, ctx.vectors);
  const bestRecall = Math.max(0, ...matches.map((m) => m.recall));
  if (!nonAnswer && !gibberish) {
    // Restates the question and adds nothing that covers a point: a copy, not an answer.
    const meanRecall = matches.reduce((n, m) => n + m.recall, 0) / Math.max(1, matches.length);
    if (shape.questionOverlap >= 0.5 && shape.questionShare >= 0.75 && meanRecall < 0.25)
      flags.push("copied_question");
    if (isKeywordSalad(ctx)) flags.push("keyword_salad");
    // Substantial, yet nothing in it relates to the question or any point: answers something else.
    // Only judged against a rich enough rubric: missing a three-word reference proves little.
    const rubricWords = shape.expectedContentWords + ctx.questionTerms.length;
    const unrelated = shape.ownContentWords >= 8 && bestRecall < 0.35 && shape.relatedness < 0.12;
    if (unrelated && rubricWords >= OFF_TOPIC_MIN_RUBRIC) flags.push("off_topic");
  }
  if (gibberish) flags.push("gibberish");
  if (nonAnswer) flags.push("non_answer");
  if (injected) flags.push("prompt_injection");
  const tooShort =
    shape.words < 2 ||
    (shape.words < 15 && shape.ownContentWords < 0.35 * shape.expectedContentWords);
  if (tooShort && !nonAnswer) flags.push("too_short");
  return flags;
}
