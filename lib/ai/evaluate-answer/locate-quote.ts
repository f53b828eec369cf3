/** Where a quoted excerpt sits in the answer; `quote` is the answer's own text at that span. */
export interface QuoteSpan {
  start: number;
  end: number;
  quote: string;
}

const WRAPPING = /^[\s"'“”‘’«»`]+|[\s"'“”‘’«»`]+$/g;
const ELLIPSIS = /\s*(?:\.\.\.|…)\s*/;
// A quote needs a few letters or digits to be evidence of anything.
const MIN_SIGNIFICANT = 3;

const FOLD: Record<string, string> = { "“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-" };

/** Lower-cased text with whitespace runs collapsed, and for each of its characters the index of
 * the original character it came from. */
function fold(text: string): { text: string; origin: number[] } {
  let out = "";
  const origin: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!lastWasSpace) {
        out += " ";
        origin.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    for (const c of (FOLD[ch] ?? ch).toLowerCase()) {
      out += c;
      origin.push(i);
    }
  }
  if (out.endsWith(" ")) {
    out = out.slice(0, -1);
    origin.pop();
  }
  return { text: out, origin };
}

function findFolded(answer: ReturnType<typeof fold>, fragment: string, from: number) {
  const needle = fold(fragment).text;
  if (!needle) return null;
  const at = answer.text.indexOf(needle, from);
  if (at === -1) return null;
  return { at, start: answer.origin[at]!, end: answer.origin[at + needle.length - 1]! + 1 };
}

/**
 * Verifies that a model's quote really is in the answer: verbatim first, then ignoring case,
 * whitespace and typographic quote marks; an excerpt elided with "…" must appear piece by piece
 * in order. Returns null for anything else (the evidence was invented).
 */
export function locateQuote(answer: string, rawQuote: string): QuoteSpan | null {
  const quote = rawQuote.replace(WRAPPING, "");
  if ((quote.match(/[\p{L}\p{N}]/gu) ?? []).length < MIN_SIGNIFICANT) return null;
  const exact = answer.indexOf(quote);
  if (exact !== -1) return { start: exact, end: exact + quote.length, quote };

  const folded = fold(answer);
  const fragments = quote.split(ELLIPSIS).filter((f) => f.trim() !== "");
  let from = 0;
  let start: number | null = null;
  let end = 0;
  for (const fragment of fragments) {
    const found = findFolded(folded, fragment, from);
    if (!found) return null;
    start ??= found.start;
    end = found.end;
    from = found.at + 1;
  }
  if (start === null) return null;
  return { start, end, quote: answer.slice(start, end) };
}
