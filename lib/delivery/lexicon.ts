import type { Token } from "./tokens";

/**
 * Curated English fillers and hedges. Many of these words are also ordinary words ("I like
 * Go", "what kind of index", "so far"), so each phrase may carry a rule on its context: a phrase
 * counts only where its rule holds.
 */
export type DisfluencyKind = "filler" | "hedge";

export interface Match {
  tokens: readonly Token[];
  /** Index of the phrase's first word and one past its last. */
  from: number;
  to: number;
}

export interface Phrase {
  kind: DisfluencyKind;
  /** How the phrase is reported ("um" for "ummm"). */
  term: string;
  /** Words in order; a RegExp matches a whole word. */
  words: ReadonlyArray<string | RegExp>;
  when?: (m: Match) => boolean;
}

const first = (m: Match) => m.tokens[m.from];
const last = (m: Match) => m.tokens[m.to - 1];
const prevWord = (m: Match) => (m.from > 0 && !first(m)?.breakBefore ? m.tokens[m.from - 1] : null);
const nextWord = (m: Match) => (last(m)?.breakAfter ? null : m.tokens[m.to]);
const startsSentence = (m: Match) => first(m)?.sentenceStart === true;
const breakAfter = (m: Match) => last(m)?.breakAfter === true;
const breakBefore = (m: Match) => first(m)?.breakBefore === true;
const prevIn = (m: Match, set: ReadonlySet<string>) => set.has(prevWord(m)?.text ?? "");
const nextIn = (m: Match, set: ReadonlySet<string>) => set.has(nextWord(m)?.text ?? "");

const words = (list: string) => new Set(list.split(" "));

// "I like, …", "you'd like, …", "to like, …": the verb, not the filler.
const LIKE_AS_VERB = words(
  "i you we they he she people users would i'd you'd we'd they'd he'd she'd don't didn't doesn't do does did to who really also",
);
// "what kind of", "a sort of", "this kind of": the noun, not the hedge-like filler.
const DETERMINERS = words(
  "a an the this that these those what which any some every each one no same other another my your our their his her its whatever different",
);
// "So far", "so many", "so that": the adverb or conjunction, not a filler.
const SO_NOT_FILLER = words("far much many that long to called as what on forth");
// "Do you know?", "as you know,", "before you know it": a real question or idiom.
const YOU_KNOW_MEANT = words(
  "do did don't didn't if as what when how whether would will before now that who",
);
const I_MEAN_MEANT = words("what that's that do did");
// "Is that right?", "all right": not a tag.
const RIGHT_MEANT = words("that is it's that's was all the exactly not");
const THINK_MEANT = words("of about through");

const um = (term: string, pattern: RegExp): Phrase => ({ kind: "filler", term, words: [pattern] });
const hedge = (phrase: string, when?: Phrase["when"]): Phrase => ({
  kind: "hedge",
  term: phrase,
  words: phrase.split(" "),
  when,
});
const filler = (phrase: string, when?: Phrase["when"]): Phrase => ({
  kind: "filler",
  term: phrase,
  words: phrase.split(" "),
  when,
});

// Words that may open a sentence before a filler "so" ("Okay, so …", "Um, so …", "And so …").
const OPENERS = words("um umm uh uhh er erm okay ok right well alright yeah yes and but");

/** At the start of a sentence, or after nothing but openers there. */
function opensSentence(m: Match): boolean {
  for (let i = m.from; i >= 0; i--) {
    const token = m.tokens[i];
    if (!token) return false;
    if (token.sentenceStart) return true;
    const before = m.tokens[i - 1];
    if (!before || !OPENERS.has(before.text)) return false;
  }
  return false;
}

const notAfterDeterminer = (m: Match) => !prevIn(m, DETERMINERS);
const introducer = (m: Match) => startsSentence(m) && breakAfter(m);

export const PHRASES: readonly Phrase[] = [
  // Sounds: always fillers.
  um("um", /^u+m+$/),
  um("uh", /^u+h+m?$/),
  um("er", /^e+r+m*$/),
  um("ah", /^a+h+$/),
  um("hmm", /^h+m+$|^m{2,}$/),
  um("uh-huh", /^u+h+-h+u+h+$/),
  // Words and phrases that fill only in some positions.
  filler("you know what i mean"),
  filler("you know", (m) => breakAfter(m) && !prevIn(m, YOU_KNOW_MEANT)),
  filler("i mean", (m) => breakAfter(m) && !prevIn(m, I_MEAN_MEANT)),
  filler("sort of", notAfterDeterminer),
  filler("kind of", notAfterDeterminer),
  filler("sorta", notAfterDeterminer),
  filler("kinda", notAfterDeterminer),
  filler(
    "like",
    (m) => (breakAfter(m) && !prevIn(m, LIKE_AS_VERB)) || prevWord(m)?.text === "like",
  ),
  filler("so", (m) => opensSentence(m) && !nextIn(m, SO_NOT_FILLER)),
  filler("well", introducer),
  filler("okay", introducer),
  filler("ok", introducer),
  filler("alright", introducer),
  filler("right", (m) => introducer(m) || (tagQuestion(m) && !prevIn(m, RIGHT_MEANT))),
  filler("actually", (m) => breakBefore(m) && breakAfter(m)),
  filler("basically"),
  filler("literally"),
  // Hedges: longest first within the scan, so "I think maybe" is one hedge, not two.
  hedge("i think maybe"),
  hedge("i'm not really sure"),
  hedge("i am not sure"),
  hedge("i'm not sure"),
  hedge("i'm not certain"),
  hedge("not really sure"),
  hedge("not sure"),
  hedge("i don't know"),
  hedge("i do not know"),
  hedge("i might be wrong"),
  hedge("i could be wrong"),
  hedge("if i remember correctly"),
  hedge("if i'm not mistaken"),
  hedge("more or less"),
  hedge("i guess"),
  hedge("i suppose"),
  hedge("i believe"),
  hedge("i feel like"),
  hedge("it seems"),
  hedge("i think", (m) => !nextIn(m, THINK_MEANT)),
  hedge("maybe"),
  hedge("probably"),
  hedge("perhaps"),
  hedge("possibly"),
  hedge("presumably"),
  hedge("arguably"),
  hedge("hopefully"),
];

function tagQuestion(m: Match): boolean {
  return last(m)?.after.startsWith("?") === true;
}
