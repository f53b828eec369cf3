/**
 * Inflectional and derivational endings. Agent nouns (-er/-or: "pointer", "processor") and -ic
 * ("classic") are left out on purpose: they usually name a different thing.
 */
const SUFFIXES = [
  "abilities",
  "isations",
  "izations",
  "ibility",
  "ability",
  "isation",
  "ization",
  "ations",
  "ements",
  "ically",
  "ation",
  "ement",
  "ively",
  "ivity",
  "ities",
  "ments",
  "ating",
  "ions",
  "ment",
  "ness",
  "ably",
  "ibly",
  "able",
  "ible",
  "ical",
  "ally",
  "ated",
  "ates",
  "ings",
  "ised",
  "ized",
  "ises",
  "izes",
  "ion",
  "ive",
  "ity",
  "ate",
  "ing",
  "ise",
  "ize",
  "ed",
  "es",
  "ly",
  "e",
  "s",
  "y",
];

/** The word without its endings ("reusability" → "reus", "reused" → "reus"); never shorter than 4. */
export function wordRoot(word: string): string {
  let w = word;
  for (let round = 0; round < 3; round++) {
    const suffix = SUFFIXES.find((x) => w.endsWith(x) && w.length - x.length >= 4);
    if (!suffix) break;
    w = w.slice(0, w.length - suffix.length);
  }
  return w;
}
