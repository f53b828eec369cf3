import type { ParsedSpokenAnswer } from "@/lib/validations/delivery";

/** One recording (or one dictation) of an answer: what was recognised, and when. */
export interface SpokenTake {
  transcript: string;
  durationSeconds: number | null;
  words: { word: string; start: number; end: number }[];
  segments: { text: string; start: number; end: number }[];
  /** The server kept this take's audio (the user opted in): attached to the answer on submit. */
  recordingId?: number | null;
}

const shift = <T extends { start: number; end: number }>(items: T[], by: number): T[] =>
  items.map((i) => ({ ...i, start: i.start + by, end: i.end + by }));

/**
 * The takes of one answer as one recording, for its delivery feedback: each take's timings
 * shifted by the takes before it (their recorded length, else their last timing), transcripts
 * joined in order. Undefined when nothing was said.
 */
export function combineTakes(takes: readonly SpokenTake[]): ParsedSpokenAnswer | undefined {
  const said = takes.filter((t) => t.transcript.trim() !== "");
  if (said.length === 0) return undefined;
  let offset = 0;
  let measured = true;
  const words: SpokenTake["words"] = [];
  const segments: SpokenTake["segments"] = [];
  for (const take of said) {
    words.push(...shift(take.words, offset));
    segments.push(...shift(take.segments, offset));
    const lastTiming = Math.max(
      0,
      ...take.words.map((w) => w.end),
      ...take.segments.map((s) => s.end),
    );
    if (take.durationSeconds === null) measured = false;
    offset += take.durationSeconds ?? lastTiming;
  }
  return {
    transcript: said.map((t) => t.transcript.trim()).join("\n"),
    duration_seconds: measured && offset > 0 ? offset : null,
    words,
    segments,
    recording_ids: said.flatMap((t) => (t.recordingId ? [t.recordingId] : [])),
  };
}

/** The editor's text with dictated text added: on a new line when the text does not end one. */
export function appendTranscript(text: string, addition: string): string {
  const add = addition.trim();
  if (add === "") return text;
  if (text.trim() === "") return add;
  return /\s$/.test(text) ? `${text}${add}` : `${text} ${add}`;
}
