import { type Analysis, isContent } from "@/lib/ai/offline/nlp/analyse";
import type { WordVectors } from "@/lib/ai/offline/nlp/embeddings";
import { wordRoot } from "@/lib/ai/offline/nlp/word-root";
import { weightOfRank } from "@/lib/ai/offline/nlp/word-weight";

/** A content word ready for alignment. */
export interface Term {
  /** Index of the token in its Analysis. */
  token: number;
  lower: string;
  lemma: string;
  stem: string;
  /** The word without inflectional and derivational endings, for variant matching. */
  root: string;
  /** Word-vector id, -1 when unknown or vectors are unavailable. */
  vec: number;
  /** Corpus-frequency rank (0 = most frequent), null when the word has no vector. */
  rank: number | null;
  /** IDF-like weight in (0, 1]. */
  weight: number;
  negated: boolean;
  /** Coarse part of speech: N(oun), V(erb), M(odifier) or O(ther). */
  pos: "N" | "V" | "M" | "O";
  sentence: number;
  /** The question already contains this word: it proves nothing about the answer. */
  inQuestion: boolean;
}

function coarsePos(pos: string): Term["pos"] {
  if (pos === "NOUN" || pos === "PROPN" || pos === "NUM") return "N";
  if (pos === "VERB" || pos === "AUX") return "V";
  if (pos === "ADJ" || pos === "ADV") return "M";
  return "O";
}

/** The forms a word can be matched on. */
export function keysOf(t: Pick<Term, "lower" | "lemma" | "stem">): string[] {
  return [t.lower, t.lemma, t.stem];
}

/** American spellings to try for a British one ("regularisation" → "regularization"). */
function americanSpellings(word: string): string[] {
  const out = [
    word.replace(/is(ation|e|es|ed|ing|er|ers)$/, "iz$1"),
    word.replace(/ys(e|es|ed|ing)$/, "yz$1"),
    word.replace(/our(s|ed|ing|ite|ites|able)?$/, "or$1"),
    word.replace(/tre(s)?$/, "ter$1"),
    word.replace(/ogue(s)?$/, "og$1"),
    word.replace(/ence$/, "ense"),
    word.replace(/([aeiou])ll(ed|ing|er|ers)$/, "$1l$2"),
  ];
  return out.filter((w) => w !== word);
}

/** The vector of the word's most frequent known form: rare spellings have unreliable vectors. */
function vectorId(vectors: WordVectors | null, lower: string, lemma: string): number {
  if (!vectors) return -1;
  let best = -1;
  for (const form of [lower, lemma, ...americanSpellings(lower)]) {
    const id = vectors.id(form);
    if (id >= 0 && (best < 0 || vectors.rank(id) < vectors.rank(best))) best = id;
    if (form === lower && id >= 0 && vectors.rank(id) < 50_000) return id;
  }
  return best;
}

/** The content words of `a`; `questionKeys` marks those the question already used. */
export function termsOf(
  a: Analysis,
  vectors: WordVectors | null,
  questionKeys?: ReadonlySet<string>,
): Term[] {
  const out: Term[] = [];
  a.tokens.forEach((t, k) => {
    if (!isContent(t)) return;
    const vec = vectorId(vectors, t.lower, t.lemma);
    const rank = vectors && vec >= 0 ? vectors.rank(vec) : null;
    out.push({
      token: k,
      lower: t.lower,
      lemma: t.lemma,
      stem: t.stem,
      root: wordRoot(t.lower),
      vec,
      rank,
      weight: weightOfRank(rank),
      negated: t.negated,
      pos: coarsePos(t.pos),
      sentence: t.sentence,
      inQuestion: questionKeys ? keysOf(t).some((key) => questionKeys.has(key)) : false,
    });
  });
  return out;
}

/** Every form of every content word of the question, for question demotion. */
export function questionKeysOf(terms: readonly Term[]): Set<string> {
  const keys = new Set<string>();
  for (const t of terms)
    for (const k of keysOf(t)) {
      keys.add(k);
      // The parts of a compound token ("N+1", "read-only") are question words too.
      for (const part of k.split(/[^\p{L}\p{N}]+/u)) if (part) keys.add(part);
    }
  return keys;
}
