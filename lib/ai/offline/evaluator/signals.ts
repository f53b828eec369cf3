import type { EvaluationFlag } from "@/lib/ai/types";
import { type Token, analyse, isWord } from "@/lib/ai/offline/nlp/analyse";
import { isStopword } from "@/lib/ai/offline/nlp/stopwords";
import { EVERYDAY_RANK } from "@/lib/ai/offline/nlp/word-weight";
import type { EvaluationContext } from "./context";
import { GIBBERISH_MIN_CHARS, isGibberish } from "./gibberish";
import { GIVE_UP, NON_ANSWER } from "./lexicon";
import { termSimilarity } from "./align";
import { type PointMatch, RELATED_SIM } from "./coverage";
import { SUBSTANTIAL_POINTS, ownFit } from "./other-questions";
import { keysOf, termsOf } from "./terms";
import { looksLikeCode } from "./text-stats";

/** Words about the exchange itself ("the question asks …"), not about the subject. */
const META_WORDS =
  /^(?:question|questions|ask|asked|asks|answer|answers|topic|interviewer|wonder|wondering|explain|describe|discuss|tell|talk|good|great|nice|interesting|okay|ok|sure|right|repeat|restate|q)$/;

/** A question put back to the grader may add this many specific words of its own. */
const COPY_MAX_NOVEL_WORDS = 2;

/** Asks rather than answers: a sentence ending in "?", or opening like a question. */
const QUESTION_LIKE =
  /\?|(?:^|[.!:\n]\s*)(?:what|how|why|when|where|which|who|whom|whose|can you|could you|would you|do you|does|is there|are there|explain|describe|tell me|define|name|list|compare|design|write|implement|build|walk me through|give|show|discuss|outline|propose|suppose|imagine|given|consider|say)\b/i;

function isQuestionLike(text: string): boolean {
  return QUESTION_LIKE.test(text);
}

/** Fillers, hedges and stalling phrases that carry nothing on their own. */
const FILLER_ONLY =
  /\b(?:u+m+|u+h+|e+r+m*|h+m+|a+h+|o+h+|well|so|okay|ok|like|yeah|yes|right|basically|literally|actually|honestly|just|really|whatever|you know|i mean|i guess|i think|let me think|let me see|let's see|that's a good question|good question|it depends|sorry)\b/gi;

/** Give-up answers say at most this many content words besides their give-up phrase. */
const GIVE_UP_MAX_WORDS = 8;

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
  /**
   * Specific (not everyday) content words of the answer that neither repeat nor resemble a word of
   * the question: what a copied or reworded question adds of its own.
   */
  novelWords: number;
  /** The same, everyday words included ("when no other one is present"). */
  novelAnyWords: number;
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
  const novel = ctx.answerTerms.filter(
    (a) =>
      !a.inQuestion &&
      !META_WORDS.test(a.lemma) &&
      !ctx.questionTerms.some((q) => termSimilarity(q, a, ctx.vectors) >= RELATED_SIM),
  );
  const novelWords = novel.filter((a) => a.rank === null || a.rank >= EVERYDAY_RANK).length;
  return {
    words,
    novelWords,
    novelAnyWords: novel.length,
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

export function isNonAnswer(
  ctx: EvaluationContext,
  shape: AnswerShape,
  bestRecall: number,
): boolean {
  // Blank, or a few stray symbols ("?", "-", "…"); longer symbol runs are gibberish instead.
  if (!/[\p{L}\p{N}]/u.test(ctx.answer.text))
    return ctx.answer.text.replace(/\s+/g, "").length < GIBBERISH_MIN_CHARS;
  const text = normalised(ctx.answer.text);
  if (NON_ANSWER.test(text)) return true;
  // Only fillers and hedges ("um, well, you know, let me think…"): nothing was said.
  if (!/[\p{L}\p{N}]/u.test(text.replace(FILLER_ONLY, " "))) return true;
  // "I'm not sure, I haven't studied this part yet": gives up and says nothing that counts. A
  // phrase the question itself uses ("a system you had never worked with") is not giving up.
  const question = normalised(ctx.input.questionText);
  const gaveUp = [...text.matchAll(new RegExp(GIVE_UP.source, "gi"))].some(
    (m) => !question.includes(m[0]),
  );
  // Fillers and the give-up phrase itself are not something said.
  const stripped = text.replace(new RegExp(GIVE_UP.source, "gi"), " ").replace(FILLER_ONLY, " ");
  const rest = (stripped.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []).filter(
    (w) => !isStopword(w) && !META_WORDS.test(w) && !/^(?:i'm|i've|i'd|not|it's|that's)$/.test(w),
  ).length;
  return gaveUp && (rest <= 2 || (rest <= GIVE_UP_MAX_WORDS && bestRecall < 0.3));
}

/** Content words in a row without a glue word or punctuation: prose rarely strings more than 4. */
const SALAD_RUN = 5;
/** Share of the answer's content words taken from the question or the points in a shuffled salad. */
const SALAD_RUBRIC_SHARE = 0.6;

/** A salad borrows a few glue words from the reference; prose runs at 35–50 %. */
const SALAD_RUN_MAX_GLUE = 0.3;

/** Written-out points keep most of the rubric's word pairs in order; a shuffle keeps few. */
const SALAD_MAX_ORDER = 0.5;

/** A shuffle with glue words needs this many content words, all but a few from the rubric … */
const SALAD_MIN_TERMS = 4;
const SALAD_ONLY_RUBRIC = 0.85;
/** … and keeps almost none of the rubric's word pairs in order. */
const SALAD_MAX_ORDER_SPRINKLED = 0.65;

/** Share of repeated content words from which an unpunctuated run is a repeated list. */
const SALAD_REPEATED = 0.45;

const isGlue = (t: Token) => FUNCTION_POS.has(t.pos) || t.stop;

/** Longest run of content words not broken by a glue word, punctuation or a sentence end. */
function longestContentRun(tokens: readonly Token[]): number {
  let run = 0;
  let longest = 0;
  let sentence = -1;
  for (const t of tokens) {
    if (t.sentence !== sentence) run = 0;
    sentence = t.sentence;
    run = isWord(t) && !isGlue(t) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** The rubric's words as written (question and points, lead verbs included), and its word pairs. */
interface RubricWords {
  keys: Set<string>;
  /** Word pairs in rubric order: adjacent, or one word apart ("prevents dirty reads"). */
  pairs: Set<string>;
}

const rubricWordsCache = new WeakMap<EvaluationContext, RubricWords>();

function rubricWords(ctx: EvaluationContext): RubricWords {
  const hit = rubricWordsCache.get(ctx);
  if (hit) return hit;
  const keys = new Set<string>();
  const pairs = new Set<string>();
  for (const text of [ctx.input.questionText, ...ctx.input.expectedAnswerPoints]) {
    const terms = termsOf(analyse(text), null);
    for (const t of terms) for (const k of keysOf(t)) keys.add(k);
    const lemmas = terms.map((t) => t.lemma);
    for (let i = 0; i < lemmas.length; i++)
      for (let j = i + 1; j <= i + 2 && j < lemmas.length; j++)
        pairs.add(`${lemmas[i]} ${lemmas[j]}`);
  }
  const words = { keys, pairs };
  rubricWordsCache.set(ctx, words);
  return words;
}

/**
 * Share of the answer's adjacent content-word pairs that keep the rubric's word order: near 1
 * when points are written out, low when their words are shuffled.
 */
function rubricOrder(ctx: EvaluationContext): number {
  const { pairs } = rubricWords(ctx);
  const lemmas = ctx.answerTerms.map((t) => t.lemma);
  let kept = 0;
  for (let i = 0; i + 1 < lemmas.length; i++)
    if (pairs.has(`${lemmas[i]} ${lemmas[i + 1]}`)) kept++;
  return lemmas.length > 1 ? kept / (lemmas.length - 1) : 1;
}

/** Share of the answer's content words that repeat a word of the question or of a point. */
function rubricShare(ctx: EvaluationContext): number {
  if (ctx.answerTerms.length === 0) return 0;
  const { keys } = rubricWords(ctx);
  const own = ctx.answerTerms.filter((t) => keysOf(t).some((k) => keys.has(k))).length;
  return own / ctx.answerTerms.length;
}

/**
 * Words listed without the words that make sentences ("process thread memory isolation …"), or
 * the rubric's own words shuffled into a run no sentence has: terms dropped, nothing claimed.
 */
export function keywordSalad(ctx: EvaluationContext): "shuffled" | "list" | null {
  const words = ctx.answer.tokens.filter(isWord);
  if (words.length < SALAD_MIN_WORDS || looksLikeCode(ctx.answer.text)) return null;
  const glue = words.filter(isGlue).length / words.length;
  const run = longestContentRun(ctx.answer.tokens);
  const shuffled =
    run >= SALAD_RUN &&
    glue < SALAD_RUN_MAX_GLUE &&
    rubricShare(ctx) >= SALAD_RUBRIC_SHARE &&
    rubricOrder(ctx) < SALAD_MAX_ORDER;
  if (shuffled) return "shuffled";
  // Nothing but the rubric's own words, few of them in the order the rubric says them: a shuffle
  // with glue words sprinkled in ("ORDER turn have sorted customers that descending into").
  // Sentences have articles; a shuffle of the rubric's longer words has none.
  const articles = ctx.answer.tokens.some((t) => /^(?:a|an|the)$/i.test(t.text));
  if (
    !articles &&
    ctx.answerTerms.length >= SALAD_MIN_TERMS &&
    rubricShare(ctx) >= SALAD_ONLY_RUBRIC &&
    rubricOrder(ctx) < SALAD_MAX_ORDER_SPRINKLED
  )
    return "shuffled";
  // The same rubric words said over and over in one unpunctuated run: a list, repeated.
  const lemmas = ctx.answerTerms.map((t) => t.lemma);
  const repeated = lemmas.length > 0 ? 1 - new Set(lemmas).size / lemmas.length : 0;
  const unpunctuated =
    ctx.answer.sentences.length === 1 && !ctx.answer.tokens.some((t) => t.kind === "punct");
  if (unpunctuated && repeated >= SALAD_REPEATED && rubricShare(ctx) >= SALAD_RUBRIC_SHARE)
    return "shuffled";
  const verbs = words.filter((t) => t.pos === "VERB" || t.pos === "AUX").length / words.length;
  const segments = ctx.answer.text
    .split(/[,;\n|/•·]+|\s-\s/)
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  const perSegment = words.length / Math.max(1, segments.length);
  // Prose runs at 35–50 % glue words; a list of terms has almost none and no sentence shape.
  // A terse list of the right terms still names something, so it is only a hint.
  const list =
    (glue < 0.2 && (verbs < 0.1 || perSegment <= 3 || ctx.answer.sentences.length <= 1)) ||
    // The rubric's words one by one between commas, whatever small words are among them.
    (perSegment <= 1.5 && segments.length >= 6 && rubricShare(ctx) >= SALAD_ONLY_RUBRIC);
  return list ? "list" : null;
}

export interface SignalInput {
  ctx: EvaluationContext;
  matches: readonly PointMatch[];
  shape: AnswerShape;
  injected: boolean;
  /** How well the answer covers the best-fitting other question (0 when none was given). */
  otherFit?: number;
}

/** The flags of an answer, and those among them the detectors are sure of (the rest only hint). */
export interface FlagSet {
  flags: EvaluationFlag[];
  certain: ReadonlySet<EvaluationFlag>;
}

/** An answer covers another question at least this well … */
const OTHER_FIT = 0.8;
/** … and by this margin more than its own: it answers that other question. */
const OTHER_MARGIN = 0.45;

/** … while repeating less than this share of its own question's words (half, for a long rubric). */
const OTHER_MAX_QUESTION_OVERLAP = 0.34;

/** The gaming and quality flags of an answer, in a stable order. */
export function detectFlags({ ctx, matches, shape, injected, otherFit = 0 }: SignalInput): FlagSet {
  const flags: EvaluationFlag[] = [];
  const certain = new Set<EvaluationFlag>();
  const bestRecall = Math.max(0, ...matches.map((m) => m.recall));
  const nonAnswer = isNonAnswer(ctx, shape, bestRecall);
  const rubricWords = new Set(
    [...ctx.questionTerms, ...ctx.points.flatMap((p) => p.terms)].flatMap((t) => [
      t.lower,
      t.lemma,
    ]),
  );
  const gibberish = !nonAnswer && isGibberish(ctx.answer, ctx.vectors, rubricWords);
  if (!nonAnswer && !gibberish) {
    // Restates the question and adds nothing that covers a point: a copy, not an answer.
    const meanRecall = matches.reduce((n, m) => n + m.recall, 0) / Math.max(1, matches.length);
    // A reworded question adds synonyms of its words, which still say nothing of their own.
    const restated =
      shape.novelAnyWords === 0 ||
      (isQuestionLike(ctx.input.answerText) && shape.novelWords <= COPY_MAX_NOVEL_WORDS);
    // Or only the question's words, in any number and order: nothing of its own.
    const nothingOwn = shape.ownContentWords === 0 && ctx.answerTerms.length > 0;
    if (meanRecall < 0.25 && ((shape.questionOverlap >= 0.5 && restated) || nothingOwn)) {
      flags.push("copied_question");
      certain.add("copied_question");
    }
    const salad = keywordSalad(ctx);
    if (salad) {
      flags.push("keyword_salad");
      if (salad === "shuffled") certain.add("keyword_salad");
    }
    const own = ownFit(matches);
    const substantial = matches.length >= SUBSTANTIAL_POINTS;
    // It must also not take up its own question's words, as answers to this question do.
    const answersOther =
      otherFit >= OTHER_FIT &&
      otherFit >= own + OTHER_MARGIN &&
      shape.questionOverlap < (substantial ? 0.5 : OTHER_MAX_QUESTION_OVERLAP);
    // Substantial, yet nothing in it relates to the question or any point: answers something else.
    // Only judged against a rich enough rubric: missing a three-word reference proves little.
    const rubricWords = shape.expectedContentWords + ctx.questionTerms.length;
    const unrelated = shape.ownContentWords >= 8 && bestRecall < 0.35 && shape.relatedness < 0.12;
    if (answersOther || (unrelated && rubricWords >= OFF_TOPIC_MIN_RUBRIC)) flags.push("off_topic");
    if (answersOther) certain.add("off_topic");
  }
  if (gibberish) flags.push("gibberish");
  if (nonAnswer) flags.push("non_answer");
  if (injected) flags.push("prompt_injection");
  for (const f of ["gibberish", "non_answer", "prompt_injection"] as const)
    if (flags.includes(f)) certain.add(f);
  const tooShort =
    shape.words < 2 ||
    (shape.words < 15 && shape.ownContentWords < 0.35 * shape.expectedContentWords);
  if (tooShort && !nonAnswer) flags.push("too_short");
  return { flags, certain };
}
