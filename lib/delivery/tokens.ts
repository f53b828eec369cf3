/** A word of the transcript, lower-cased, with what separates it from its neighbours. */
export interface Token {
  /** Lower case, typographic apostrophes as "'". */
  text: string;
  /** UTF-16 offsets in the original transcript. */
  start: number;
  end: number;
  /** First word of the text, of a sentence or of a line. */
  sentenceStart: boolean;
  /** A comma, dash, sentence end, line break or the end of the text follows. */
  breakAfter: boolean;
  /** A comma, dash, line break or sentence end comes before (or it is the first word). */
  breakBefore: boolean;
  /** The punctuation right after the word ("?" for tag questions). */
  after: string;
}

// Letters, marks and digits of any script; inner apostrophes and hyphens keep "don't", "uh-huh".
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‘\-‐][\p{L}\p{M}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?…\n\r。！？]/u;
const BREAK = /[,;:.!?…\n\r—–()"“”。！？，、]|\s[-‐]\s|^[-‐]|[-‐]$/u;

export const normalizeWord = (word: string): string => word.toLowerCase().replace(/[’‘]/g, "'");

/** Splits a transcript into words, noting sentence starts and pauses marked by punctuation. */
export function tokenize(text: string): Token[] {
  const matches = [...text.matchAll(WORD)];
  return matches.map((m, i) => {
    const start = m.index;
    const end = start + m[0].length;
    const prev = matches[i - 1];
    const next = matches[i + 1];
    const before = text.slice(prev ? prev.index + prev[0].length : 0, start);
    const after = text.slice(end, next ? next.index : text.length);
    return {
      text: normalizeWord(m[0]),
      start,
      end,
      sentenceStart: !prev || SENTENCE_END.test(before),
      breakBefore: !prev || BREAK.test(before),
      breakAfter: !next || BREAK.test(after),
      after: after.trim(),
    };
  });
}
