import type { WordVectors } from "./embeddings";

const ALPHABET = 27; // a–z plus a word-boundary symbol
const BOUNDARY = 26;
/** Words used to learn letter transitions: frequent ones are real English. */
const TRAINING_WORDS = 60_000;

let table: { logp: Float64Array; vectors: WordVectors } | null = null;

function code(ch: string): number {
  return ch.charCodeAt(0) - 97;
}

function build(vectors: WordVectors): Float64Array {
  const counts = new Float64Array(ALPHABET * ALPHABET);
  const totals = new Float64Array(ALPHABET);
  const n = Math.min(TRAINING_WORDS, vectors.size);
  for (let id = 0; id < n; id++) {
    const w = vectors.word(id);
    if (!/^[a-z]+$/.test(w)) continue;
    let prev = BOUNDARY;
    for (let i = 0; i <= w.length; i++) {
      const cur = i < w.length ? code(w[i]!) : BOUNDARY;
      counts[prev * ALPHABET + cur]! += 1;
      totals[prev]! += 1;
      prev = cur;
    }
  }
  const logp = new Float64Array(ALPHABET * ALPHABET);
  for (let a = 0; a < ALPHABET; a++) {
    for (let b = 0; b < ALPHABET; b++)
      logp[a * ALPHABET + b] = Math.log((counts[a * ALPHABET + b]! + 0.5) / (totals[a]! + 13.5));
  }
  return logp;
}

/**
 * Mean log-probability of the letter transitions of a lower-case a–z word under English spelling
 * (learned from the vector vocabulary). Real words and jargon score above about -3.6; keyboard
 * mashing ("asdkjh", "qwpeoiru") scores below -3.8.
 */
export function spellingScore(word: string, vectors: WordVectors): number {
  if (!table || table.vectors !== vectors) table = { logp: build(vectors), vectors };
  let prev = BOUNDARY;
  let sum = 0;
  for (let i = 0; i <= word.length; i++) {
    const cur = i < word.length ? code(word[i]!) : BOUNDARY;
    sum += table.logp[prev * ALPHABET + cur] ?? -10;
    prev = cur;
  }
  return sum / (word.length + 1);
}
