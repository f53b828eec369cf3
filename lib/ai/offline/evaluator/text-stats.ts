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

/** Marks only code has: braces, operators, calls, indexing. */
const CODE_STRUCTURE = /[{};]|=>|->|::|==|!=|<=|>=|\+\+|--|&&|\|\||\w\(|\)\s*[{;]|\[\d*\]/g;
/** Identifiers (camelCase, snake_case): code-like, but prose and keyword lists name them too. */
const CODE_IDENTIFIERS = /\b[a-z]+[A-Z]\w*|\b\w+_\w+\b/g;

/**
 * Code, pseudo-code or formulas: symbol-heavy on purpose, so neither gibberish nor keyword lists.
 * Identifiers alone ("useEffect, userId, cleanup") do not make code: it needs some structure.
 */
export function looksLikeCode(text: string): boolean {
  const structure = (text.match(CODE_STRUCTURE) ?? []).length;
  const marks = structure + (text.match(CODE_IDENTIFIERS) ?? []).length;
  const words = (text.match(/[\p{L}\p{N}_]+/gu) ?? []).length;
  return structure >= 1 && marks >= 2 && marks >= 0.1 * words;
}
