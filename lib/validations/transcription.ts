import { z } from "zod";
import { timedSegmentSchema, timedWordSchema } from "./delivery";

/** Audio containers a recording may come in (what MediaRecorder makes in Chrome, Firefox and
 * Safari, plus WAV and MP3 uploads), with the file extension the provider expects for each. */
export const AUDIO_FORMATS = {
  webm: { mime: ["audio/webm", "video/webm"], extension: "webm" },
  ogg: { mime: ["audio/ogg", "application/ogg"], extension: "ogg" },
  mp4: { mime: ["audio/mp4", "audio/m4a", "audio/x-m4a", "video/mp4"], extension: "mp4" },
  wav: { mime: ["audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"], extension: "wav" },
  mpeg: { mime: ["audio/mpeg", "audio/mp3"], extension: "mp3" },
} as const;
export type AudioFormat = keyof typeof AUDIO_FORMATS;

/** What comes with a recording besides its bytes (form fields of an upload). */
export const audioMetadataSchema = z.object({
  /** The recorder's own measure of the recording's length. */
  durationSeconds: z.coerce.number().finite().positive().optional(),
  /** ISO 639-1 language of the speech; detected when absent. */
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2}$/, "language must be a two-letter ISO 639-1 code")
    .optional(),
  /** Words the speech likely contains (the question), to spell technical terms right. */
  context: z.string().max(2_000).optional(),
});
export type AudioMetadata = z.infer<typeof audioMetadataSchema>;

/** A transcript with its timings, as the delivery analysis takes it. */
export const transcriptSchema = z.object({
  text: z.string(),
  language: z.string().nullable(),
  durationSeconds: z.number().finite().min(0).nullable(),
  words: z.array(timedWordSchema),
  segments: z.array(timedSegmentSchema),
});
export type Transcript = z.infer<typeof transcriptSchema>;

export type TranscriptionResult =
  | ({ ok: true; provider: string; model: string } & Transcript)
  | {
      ok: false;
      /** not_configured: no provider (use the browser's recognition or typing); unavailable:
       * every provider failed or is resting (try again later, or fall back); rejected: the
       * provider could not read this recording. */
      reason: "not_configured" | "unavailable" | "rejected";
      message: string;
    };

/** The fields sent with a recording to POST /api/v1/transcriptions (form fields or query). */
export const transcriptionFieldsSchema = z
  .object({
    duration_seconds: audioMetadataSchema.shape.durationSeconds,
    language: audioMetadataSchema.shape.language,
    context: audioMetadataSchema.shape.context,
  })
  .transform(({ duration_seconds, language, context }) => ({
    durationSeconds: duration_seconds,
    language,
    context: context?.trim() || undefined,
  }));
