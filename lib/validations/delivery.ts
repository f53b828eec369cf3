import { z } from "zod";
import { replaceUnstorable } from "./unstorable";

/** Delivery feedback: what a spoken or typed answer's transcript and timings say about delivery. */

export const MAX_TRANSCRIPT_CHARS = 100_000;
// Far above any answer (a 10-minute recording at 200 wpm is 2,000 words).
const MAX_TIMED_ITEMS = 20_000;
const seconds = z
  .number()
  .finite()
  .min(0)
  .max(24 * 3600);

const inOrder = (t: { start: number; end: number }) => t.end >= t.start;
const inOrderMessage = { message: "end must not be before start", path: ["end"] };

/** One recognised word with its time in the recording (Whisper `timestamp_granularities=word`). */
export const timedWordSchema = z
  .object({ word: z.string().max(200), start: seconds, end: seconds })
  .refine(inOrder, inOrderMessage);
/** One recognised stretch of speech (Whisper segments, or a browser recognition result). */
export const timedSegmentSchema = z
  .object({ text: z.string().max(10_000), start: seconds, end: seconds })
  .refine(inOrder, inOrderMessage);
export type TimedWord = z.infer<typeof timedWordSchema>;
export type TimedSegment = z.infer<typeof timedSegmentSchema>;

export const answerModeSchema = z.enum(["spoken", "typed"]);
export type AnswerMode = z.infer<typeof answerModeSchema>;

export const deliveryInputSchema = z.object({
  mode: answerModeSchema,
  transcript: z.string().max(MAX_TRANSCRIPT_CHARS).transform(replaceUnstorable),
  /** Spoken: length of the recording. Typed: time spent on the question (optional). */
  durationSeconds: seconds.nullable().default(null),
  /** The question's time limit; null for untimed practice. */
  timeLimitSeconds: z
    .number()
    .int()
    .positive()
    .max(24 * 3600)
    .nullable()
    .default(null),
  words: z.array(timedWordSchema).max(MAX_TIMED_ITEMS).default([]),
  segments: z.array(timedSegmentSchema).max(MAX_TIMED_ITEMS).default([]),
});
export type DeliveryInput = z.input<typeof deliveryInputSchema>;

/** What a spoken answer brings to its submission (API field `spoken`): the transcript as
 * recognised (before the candidate's corrections) and its timings. */
export const spokenAnswerSchema = z.object({
  transcript: z.string().trim().min(1, "transcript is empty").max(MAX_TRANSCRIPT_CHARS),
  /** Seconds recorded (all takes together). */
  duration_seconds: seconds.positive().nullable().default(null),
  words: z.array(timedWordSchema).max(MAX_TIMED_ITEMS).default([]),
  segments: z.array(timedSegmentSchema).max(MAX_TIMED_ITEMS).default([]),
  /** Kept recordings of the takes (POST /transcriptions' recording_id), attached to the answer. */
  recording_ids: z.array(z.number().int().positive()).max(50).default([]),
});
export type SpokenAnswer = z.input<typeof spokenAnswerSchema>;
export type ParsedSpokenAnswer = z.output<typeof spokenAnswerSchema>;
export type ParsedDeliveryInput = z.output<typeof deliveryInputSchema>;

const count = z.number().int().min(0);
const rate = z.number().finite().min(0);

export const paceVerdictSchema = z.enum(["slow", "good", "fast"]);
export const paceSchema = z.discriminatedUnion("measured", [
  z.object({
    measured: z.literal(true),
    wordsPerMinute: rate,
    verdict: paceVerdictSchema,
    band: z.object({ min: rate, max: rate }),
    /** The stretch the rate was measured over (first to last word, or the recording). */
    speakingSeconds: rate,
  }),
  z.object({
    measured: z.literal(false),
    reason: z.enum(["typed", "no_duration", "too_little_speech"]),
  }),
]);

export const disfluencyKindSchema = z.enum(["filler", "hedge"]);
export const rateVerdictSchema = z.enum(["low", "moderate", "high"]);

export const disfluencySchema = z.object({
  count,
  perMinute: rate,
  per100Words: rate,
  verdict: rateVerdictSchema,
  /** Each term with how often it occurred, most frequent first. */
  terms: z.array(z.object({ term: z.string(), count: count.min(1) })),
  /** Where each occurrence is in the transcript (UTF-16 offsets, `slice(start, end)`). */
  occurrences: z.array(z.object({ term: z.string(), start: count, end: count })),
});

export const pausesSchema = z.discriminatedUnion("measured", [
  z.object({
    measured: z.literal(true),
    source: z.enum(["words", "segments"]),
    thresholdSeconds: rate,
    count,
    longestSeconds: rate,
    totalSeconds: rate,
    pauses: z.array(z.object({ start: rate, end: rate, seconds: rate })),
  }),
  z.object({ measured: z.literal(false), reason: z.enum(["typed", "no_timings"]) }),
]);

export const lengthVerdictSchema = z.enum(["too_short", "good", "ran_out"]);
export const lengthSchema = z.object({
  verdict: lengthVerdictSchema,
  wordCount: count,
  usedSeconds: rate.nullable(),
  limitSeconds: rate.nullable(),
  /** The least time (spoken) a complete answer to this limit usually takes; null when typed. */
  minimumSeconds: rate.nullable(),
  minimumWords: count,
});

export const deliveryReportSchema = z.object({
  mode: answerModeSchema,
  wordCount: count,
  /** Minutes the per-minute rates are over: measured speech, or the words read aloud at the
   * middle of the pace band (typed answers), so both kinds of answer compare on one scale. */
  minutes: rate,
  rateBasis: z.enum(["measured", "estimated"]),
  pace: paceSchema,
  fillers: disfluencySchema,
  hedges: disfluencySchema,
  pauses: pausesSchema,
  length: lengthSchema,
});
export type DeliveryReport = z.infer<typeof deliveryReportSchema>;
export type Pace = z.infer<typeof paceSchema>;
export type Disfluency = z.infer<typeof disfluencySchema>;
export type Pauses = z.infer<typeof pausesSchema>;
export type AnswerLength = z.infer<typeof lengthSchema>;
export type RateVerdict = z.infer<typeof rateVerdictSchema>;
