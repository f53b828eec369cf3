/** A NUL, or half of a UTF-16 surrogate pair: neither can be stored as PostgreSQL text. */
export const UNSTORABLE =
  /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, "g");

/**
 * `text` with each unstorable character replaced by U+FFFD, one UTF-16 unit for one (offsets into
 * the text stay valid): for text the system derives itself (a transcript to analyse), where
 * refusing the whole input would punish the user for a provider's output.
 */
export function replaceUnstorable(text: string): string {
  return text.replace(UNSTORABLE_ALL, "\uFFFD");
}
