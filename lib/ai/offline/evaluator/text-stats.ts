/** Total number of matches of `patterns` in `text` (global regexes; lastIndex is not relied on). */
export function countMatches(text: string, patterns: readonly RegExp[]): number {
  return patterns.reduce(
    (n, re) =>
      n +
      (text.match(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`)) ?? [])
        .length,
    0,
  );
}

const CODE_MARKS =
  /[{};]|=>|->|::|==|!=|<=|>=|\+\+|--|&&|\|\||\w\(|\)\s*[{;]|\[\d*\]|\b[a-z]+[A-Z]\w*|\b\w+_\w+\b/g;

/** Code, pseudo-code or formulas: symbol-heavy on purpose, so neither gibberish nor keyword lists. */
export function looksLikeCode(text: string): boolean {
  const marks = (text.match(CODE_MARKS) ?? []).length;
  const words = (text.match(/[\p{L}\p{N}_]+/gu) ?? []).length;
  return marks >= 2 && marks >= 0.1 * words;
}
