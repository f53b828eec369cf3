import type { ItemSentence, ItsFunction, PartOfSpeech } from "wink-nlp";
import { isStopword } from "./stopwords";
import { wink } from "./wink";

type TokenKind = "word" | "number" | "punct" | "symbol" | "space" | "other";

/** One token of a text, with its verbatim character span. */
export interface Token {
  text: string;
  lower: string;
  lemma: string;
  stem: string;
  pos: PartOfSpeech;
  kind: TokenKind;
  /** [start, end) in the analysed text. */
  start: number;
  end: number;
  sentence: number;
  /** Inside the scope of a negation ("does not share memory" → share, memory). */
  negated: boolean;
  /** Function word that carries no content of its own. */
  stop: boolean;
}

interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/** Words that open a negation scope. */
const NEGATORS = new Set([
  "not",
  "n't",
  "no",
  "never",
  "without",
  "cannot",
  "none",
  "neither",
  "nor",
  "nothing",
  "nobody",
]);
/** Tokens that close it: a clause boundary or a contrast ("not X but Y"); "or" does not ("not X or Y"). */
const SCOPE_END =
  /^(?:[,.;:!?()]|but|however|instead|although|though|whereas|while|and|because|so)$/i;
/** Words after a negator that it still governs ("does not share memory"). */
const SCOPE_WORDS = 4;

/**
 * Narrow negation scope: wink's flag runs to the end of the sentence, which marks far too much
 * ("does not have a last element, its last item points …") for contradiction checks.
 */
function negationMask(lowers: readonly string[]): boolean[] {
  const mask = lowers.map(() => false);
  let left = 0;
  lowers.forEach((w, i) => {
    if (NEGATORS.has(w)) {
      left = SCOPE_WORDS;
      return;
    }
    if (SCOPE_END.test(w)) {
      left = 0;
      return;
    }
    if (left > 0) {
      mask[i] = true;
      if (/[\p{L}\p{N}]/u.test(w)) left--;
    }
  });
  return mask;
}

function kindOf(type: string): TokenKind {
  if (type === "word" || type === "hashtag" || type === "mention") return "word";
  if (type === "number" || type === "ordinal" || type === "time") return "number";
  if (type === "punctuation") return "punct";
  if (type === "tabCRLF") return "space";
  if (type === "symbol" || type === "currency") return "symbol";
  return "other";
}

/** A word or number token (letters or digits, not punctuation). */
export function isWord(t: Token): boolean {
  return (t.kind === "word" || t.kind === "number") && /[\p{L}\p{N}]/u.test(t.text);
}

/** A token is a word we can match on: letters or digits, not a function word. */
export function isContent(t: Token): boolean {
  return isWord(t) && !t.stop;
}

/**
 * Tokenises, lemmatises and sentence-splits `text`. Offsets are located in the original string
 * (wink trims and may re-space), so `text.slice(t.start, t.end) === t.text` always holds.
 */
export function analyse(text: string): Analysis {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  // wink recognises its `its` helpers by identity (a wrapper would silently read token values),
  // and they are free functions that never use `this`: passing them unbound is intended.
  /* eslint-disable @typescript-eslint/unbound-method */
  const types = doc.tokens().out<string>(its.type);
  // wink's typings declare the addon-based helpers with a signature `out()` does not accept.
  const lemmas = doc.tokens().out<string>(its.lemma as unknown as ItsFunction<string>);
  const stems = doc.tokens().out<string>(its.stem as unknown as ItsFunction<string>);
  const poses = doc.tokens().out(its.pos) as PartOfSpeech[];
  /* eslint-enable @typescript-eslint/unbound-method */
  const sentenceOf: number[] = [];
  let sIdx = 0;
  doc.sentences().each((s: ItemSentence) => {
    const n = s.tokens().length();
    for (let k = 0; k < n; k++) sentenceOf.push(sIdx);
    sIdx += 1;
  });

  const tokens: Token[] = [];
  let cursor = 0;
  let sentence = -1;
  let lastWinkSentence = -1;
  let breakPending = true;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    const at = value ? text.indexOf(value, cursor) : -1;
    if (at < 0) continue; // wink normalised this token; it cannot be quoted, so it is skipped
    cursor = at + value.length;
    const kind = kindOf(types[i] ?? "");
    const ws = sentenceOf[i] ?? lastWinkSentence;
    if (kind === "space") {
      // A line break also ends a sentence: answers are often bullet lists without full stops.
      if (value.includes("\n")) breakPending = true;
      continue;
    }
    if (ws !== lastWinkSentence || breakPending) {
      sentence += 1;
      lastWinkSentence = ws;
      breakPending = false;
    }
    const lower = value.toLowerCase();
    tokens.push({
      text: value,
      lower,
      lemma: (lemmas[i] ?? lower).toLowerCase(),
      stem: (stems[i] ?? lower).toLowerCase(),
      pos: poses[i] ?? "X",
      kind,
      start: at,
      end: cursor,
      sentence,
      negated: false,
      stop: isStopword(lower),
    });
  }

  negationMask(tokens.map((t) => t.lower)).forEach((neg, k) => (tokens[k]!.negated = neg));

  const sentences: Sentence[] = [];
  tokens.forEach((t, k) => {
    const cur = sentences[t.sentence];
    if (cur) {
      cur.end = t.end;
      cur.last = k + 1;
    } else sentences[t.sentence] = { start: t.start, end: t.end, first: k, last: k + 1 };
  });
  return { text, tokens, sentences };
}
