import type { Analysis } from "@/lib/ai/offline/nlp/analyse";
import type { WordVectors } from "@/lib/ai/offline/nlp/embeddings";
import { spellingScore } from "@/lib/ai/offline/nlp/letter-bigrams";
import { looksLikeCode } from "./text-stats";

/** Beyond this rank the vector vocabulary is mostly typos, handles and foreign tokens. */
const PLAUSIBLE_RANK = 150_000;
/** Symbol-only texts at least this long (non-space) are gibberish; shorter ones are non-answers. */
export const GIBBERISH_MIN_CHARS = 8;
/** Words at least this frequent are everyday English: prose is mostly made of them. */
const COMMON_RANK = 100_000;
/**
 * Share of common words below which a text of pseudo-words is gibberish ("rofufunu ve qedypu"):
 * real answers, even jargon-dense ones, run at 60–90 % common words.
 */
const MIN_COMMON_SHARE = 0.4;
/** Letter-transition score below which a word unknown to the vocabulary is keyboard mashing. */
const SPELLING_FLOOR = -3.7;
const KEYBOARD_RUNS =
  /(?:qwer|wert|erty|asdf|sdfg|dfgh|fghj|ghjk|hjkl|zxcv|xcvb|cvbn|vbnm|uiop|yuio|poiu|lkjh|mnbv)/;

/** Shape test for a word when no dictionary is at hand (or the word is missing from it). */
export function looksLikeWord(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return /[a-z]/.test(w) ? /^[a-z][a-z'-]*[a-z]$/.test(w) : true;
  if (w.length <= 3) return true;
  if (!/[aeiouy]/.test(w)) return false;
  if (/([a-z])\1\1/.test(w)) return false;
  if (/[bcdfghjklmnpqrstvwxz]{5,}/.test(w)) return false;
  if (KEYBOARD_RUNS.test(w)) return false;
  const vowels = (w.match(/[aeiouy]/g) ?? []).length / w.length;
  return vowels >= 0.2 && vowels <= 0.75;
}

/** camelCase and snake_case identifiers are judged by their parts. */
function parts(word: string): string[] {
  return word
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .split(/[_\s]+/)
    .map((p) => p.toLowerCase())
    .filter((p) => p.length > 1);
}

function isKnownWord(word: string, vectors: WordVectors | null): boolean {
  const ps = parts(word);
  return ps.length === 0 || ps.every((p) => isKnown(p, vectors));
}

function isKnown(word: string, vectors: WordVectors | null): boolean {
  if (!vectors) return looksLikeWord(word);
  const id = vectors.id(word);
  if (id >= 0 && vectors.rank(id) < PLAUSIBLE_RANK) return looksLikeWord(word) || word.length <= 4;
  // Unknown to the vocabulary: accept well-spelled words (jargon, product names, compounds).
  return (
    looksLikeWord(word) &&
    (!/^[a-z]+$/.test(word) || spellingScore(word, vectors) >= SPELLING_FLOOR)
  );
}

/** Share of the words that are frequent English (or identifiers judged by their known parts). */
function commonShare(
  words: ReadonlyArray<{ text: string; lower: string; lemma: string }>,
  vectors: WordVectors,
  rubricWords: ReadonlySet<string>,
): number {
  const common = (w: string) => {
    const id = vectors.id(w);
    return rubricWords.has(w) || (id >= 0 && vectors.rank(id) < COMMON_RANK);
  };
  const known = words.filter((t) => {
    if (rubricWords.has(t.lemma)) return true;
    const ps = parts(t.text).flatMap((p) => p.split("-").filter((x) => x.length > 1));
    return ps.length > 1 ? ps.every(common) : common(t.lower);
  }).length;
  return known / words.length;
}

/**
 * True when the text is random characters, keyboard mashing, pseudo-words or an endless repeat of
 * one token. `rubricWords` (lower-case forms and lemmas of the question and points) are never
 * held against the answer.
 */
export function isGibberish(
  answer: Analysis,
  vectors: WordVectors | null,
  rubricWords: ReadonlySet<string> = new Set(),
): boolean {
  const text = answer.text.trim();
  if (text.length === 0) return false;
  const visible = text.replace(/\s+/g, "");
  const alnum = (visible.match(/[\p{L}\p{N}]/gu) ?? []).length;
  const code = looksLikeCode(text);
  if (visible.length >= GIBBERISH_MIN_CHARS && alnum / visible.length < (code ? 0.2 : 0.45))
    return true;

  const words = answer.tokens.filter((t) => t.kind === "word" && /^[\p{L}'_-]+$/u.test(t.text));
  if (words.length === 0)
    return visible.length >= GIBBERISH_MIN_CHARS && !code && !/\d/.test(visible);
  const unknown = words.filter((t) => !isKnownWord(t.text, vectors)).length;
  if (words.length >= 2 && unknown / words.length > 0.45) return true;
  if (words.length === 1 && unknown === 1 && words[0]!.text.length >= 6) return true;

  // Well-formed pseudo-words pass the spelling model; they still are not in anyone's vocabulary.
  // Well-formed pseudo-words ("rofufunu ve qedypu") pass the spelling model, yet are nobody's
  // vocabulary. Short words ("O(n log n)"), names written with capitals (Kubernetes, GraphQL) and
  // words of the rubric are left out: jargon is often missing from the vectors too.
  if (vectors && !code) {
    const mixedCase = text !== text.toUpperCase() && text !== text.toLowerCase();
    const judged = words.filter(
      (t) => t.text.length >= 3 && !(mixedCase && /\p{Lu}/u.test(t.text)),
    );
    const share = judged.length > 0 ? commonShare(judged, vectors, rubricWords) : 1;
    if (judged.length >= 4 && share < MIN_COMMON_SHARE) return true;
    if (words.length >= 6 && judged.length >= 2 && share === 0) return true;
  }

  const distinct = new Set(words.map((t) => t.lower)).size;
  return words.length >= 8 && distinct / words.length < 0.25;
}
