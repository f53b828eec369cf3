import { tokenize } from "./tokens";

/**
 * The share of a submitted answer's words that come from a transcript (0–1), counting each
 * transcript word as often as it was said. A candidate who corrects a few words or drops the
 * "um"s keeps nearly all of it; one who typed over the recording keeps little.
 */
export function transcriptShare(answerText: string, transcript: string): number {
  const answer = tokenize(answerText);
  if (answer.length === 0) return 0;
  const said = new Map<string, number>();
  for (const t of tokenize(transcript)) said.set(t.text, (said.get(t.text) ?? 0) + 1);
  let matched = 0;
  for (const t of answer) {
    const left = said.get(t.text) ?? 0;
    if (left > 0) {
      matched += 1;
      said.set(t.text, left - 1);
    }
  }
  return matched / answer.length;
}
