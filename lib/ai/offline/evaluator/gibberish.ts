import type { Analysis } from "@/lib/ai/offline/nlp/analyse";
import type { WordVectors } from "@/lib/ai/offline/nlp/embeddings";
import { spellingScore } from "@/lib/ai/offline/nlp/letter-bigrams";
import { looksLikeCode } from "./text-stats";

/** Beyond this rank the vector vocabulary is mostly typos, handles and foreign tokens. */
const PLAUSIBLE_RANK = 150_000;
/** Symbol-only texts at least this long (non-space) are gibberish; shorter ones are non-answers. */
export const GIBBERISH_MIN_CHARS = 8;
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

/** True when the text is random characters, keyboard mashing or an endless repeat of one token. */
export function isGibberish(answer: Analysis, vectors: WordVectors | null): boolean {
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

  const distinct = new Set(words.map((t) => t.lower)).size;
  return words.length >= 8 && distinct / words.length < 0.25;
}
