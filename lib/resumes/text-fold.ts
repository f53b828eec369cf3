// Case- and accent-insensitive matching that keeps every index valid: each UTF-16 unit of the
// input maps to exactly one unit of the folded text ("Février" → "fevrier", "MÄRZ" → "marz").

// Dashes come in many code points; ranges and separators read them as the two usual ones.
const DASHES: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "–",
  "\u2015": "–",
  "\u2212": "–",
  "\uFE58": "–",
  "\uFF0D": "-",
};

/** The usual hyphen or en dash for any dash character. */
export const plainDashes = (text: string): string =>
  text.replace(/[\u2010-\u2012\u2015\u2212\uFE58\uFF0D]/g, (d) => DASHES[d] ?? d);

function foldChar(char: string): string {
  if (DASHES[char]) return DASHES[char];
  const bare = char.normalize("NFD").replace(/\p{M}/gu, "");
  const base = bare.length === char.length ? bare : char;
  const lower = base.toLowerCase();
  return lower.length === base.length ? lower : base;
}

const cache = new Map<string, string>();

/** Lower-case, accents stripped, same length as the input. */
export function fold(text: string): string {
  let out = "";
  for (const char of text) {
    let folded = cache.get(char);
    if (folded === undefined) {
      folded = foldChar(char);
      cache.set(char, folded);
    }
    out += folded;
  }
  return out;
}

/** Letters or digits of any script. */
export const isWordChar = (char: string | undefined): boolean =>
  char !== undefined && /[\p{L}\p{N}_]/u.test(char);

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A word list written as one string, "a | b | c", so long lists stay compact. */
export const wordList = (text: string): string[] =>
  text
    .split("|")
    .map((word) => word.trim())
    .filter(Boolean);
