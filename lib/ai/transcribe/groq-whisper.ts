import { z } from "zod";
import type { Env } from "@/lib/env";
import { AUDIO_FORMATS, type Transcript } from "@/lib/validations/transcription";
import { ProviderError } from "../llm/errors";
import type { SpeechProvider } from "./types";

const GROQ_API = "https://api.groq.com";

// Whisper drops "um" and "uh" unless its prompt shows them kept; delivery feedback needs them.
export const DISFLUENCY_PROMPT =
  "Umm, let me think, like, hmm... Okay, so, uh, here's what I'm, you know, thinking.";
// Whisper reads at most the last 224 tokens of a prompt: keep the context well under that.
const MAX_CONTEXT_CHARS = 600;

// US dollars per hour of audio (Groq's list prices); Groq bills at least 10 s a request.
const PRICE_PER_HOUR: Record<string, number> = {
  "whisper-large-v3-turbo": 0.04,
  "whisper-large-v3": 0.111,
  "distil-whisper-large-v3-en": 0.02,
};
const MIN_BILLED_SECONDS = 10;

const verboseJsonSchema = z.object({
  text: z.string(),
  language: z.string().nullish(),
  duration: z.number().finite().min(0).nullish(),
  segments: z.array(z.object({ start: z.number(), end: z.number(), text: z.string() })).nullish(),
  words: z.array(z.object({ start: z.number(), end: z.number(), word: z.string() })).nullish(),
});

/** The provider's verbose_json as our transcript: timings clamped into order, text trimmed. */
export function parseVerboseJson(body: string): Transcript {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ProviderError("malformed", "transcription reply is not JSON");
  }
  const parsed = verboseJsonSchema.safeParse(json);
  if (!parsed.success) throw new ProviderError("schema", "transcription reply has no text");
  const { text, language, duration, segments, words } = parsed.data;
  const timed = <T extends { start: number; end: number }>(list: T[] | null | undefined) =>
    (list ?? [])
      .filter((t) => Number.isFinite(t.start) && Number.isFinite(t.end) && t.start >= 0)
      .map((t) => ({ ...t, end: Math.max(t.start, t.end) }));
  return {
    text: text.trim(),
    language: language ?? null,
    durationSeconds: duration ?? null,
    words: timed(words).map(({ word, start, end }) => ({ word: word.trim(), start, end })),
    segments: timed(segments).map(({ text: t, start, end }) => ({ text: t.trim(), start, end })),
  };
}

/** An HTTP error status as the router's failure classification reads it. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** Groq's Whisper endpoint (`POST {GROQ_BASE_URL}/openai/v1/audio/transcriptions`, multipart). */
export function groqWhisperProvider(e: Env): SpeechProvider | null {
  if (!e.GROQ_API_KEY) return null;
  const url = `${(e.GROQ_BASE_URL ?? GROQ_API).replace(/\/+$/, "")}/openai/v1/audio/transcriptions`;
  const perHour = PRICE_PER_HOUR[e.GROQ_STT_MODEL] ?? PRICE_PER_HOUR["whisper-large-v3"] ?? 0;
  return {
    name: "groq_stt",
    account: "groq",
    model: e.GROQ_STT_MODEL,
    priority: 1,
    timeoutMs: e.AI_TRANSCRIBE_TIMEOUT_MS,
    quota: { limit: e.GROQ_STT_DAILY_QUOTA, window: "day", unit: "requests" },
    cost: (seconds) => (Math.max(MIN_BILLED_SECONDS, seconds) / 3600) * perHour,
    async transcribe(audio, { signal, language, context }) {
      const form = new FormData();
      const { extension } = AUDIO_FORMATS[audio.format];
      const type = AUDIO_FORMATS[audio.format].mime[0];
      form.append("file", new Blob([audio.bytes as BlobPart], { type }), `answer.${extension}`);
      form.append("model", e.GROQ_STT_MODEL);
      form.append("response_format", "verbose_json");
      form.append("timestamp_granularities[]", "word");
      form.append("timestamp_granularities[]", "segment");
      form.append("temperature", "0");
      if (language) form.append("language", language);
      const hint = context?.replace(/\s+/g, " ").trim().slice(0, MAX_CONTEXT_CHARS);
      form.append("prompt", hint ? `${hint} ${DISFLUENCY_PROMPT}` : DISFLUENCY_PROMPT);
      const response = await fetch(url, {
        method: "POST",
        headers: { authorization: `Bearer ${e.GROQ_API_KEY}` },
        body: form,
        signal,
      });
      const body = await response.text();
      if (response.status === 400 || response.status === 413 || response.status === 415) {
        // The provider could not use this recording: the next attempt would fail the same way.
        throw new ProviderError("rejected_input", `audio rejected (${response.status})`);
      }
      if (!response.ok) throw new HttpError(response.status, `HTTP ${response.status}`);
      return parseVerboseJson(body);
    },
  };
}
