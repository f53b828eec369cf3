import { transcribeAudio } from "@/lib/ai/transcribe";
import type { AudioUploadBody } from "@/lib/api/audio-upload";
import { AppError, validationError } from "@/lib/errors";
import { transcriptionFieldsSchema } from "@/lib/validations/transcription";
import { parseInput } from "@/lib/validations/parse";

/** What the room (and API clients) get back: the text to correct and the timings for delivery. */
export interface TranscriptionDto {
  text: string;
  language: string | null;
  duration_seconds: number | null;
  words: { word: string; start: number; end: number }[];
  segments: { text: string; start: number; end: number }[];
  provider: string;
  model: string;
}

/**
 * POST /transcriptions: a recording to text. The audio is used for this call only and never
 * stored. Bad uploads are 413/415/422 (lib/ai/transcribe decides); no configured provider is a
 * 503 whose details say so (the page then uses the browser's recognition or typing); a provider
 * outage is a 503 with Retry-After; a recording the provider cannot read is a 422.
 */
export async function transcribeRecording(upload: AudioUploadBody): Promise<TranscriptionDto> {
  const metadata = parseInput(transcriptionFieldsSchema, upload.fields);
  const result = await transcribeAudio({
    bytes: upload.bytes,
    mimeType: upload.mimeType,
    metadata,
  });
  if (result.ok) {
    return {
      text: result.text,
      language: result.language,
      duration_seconds: result.durationSeconds,
      words: result.words,
      segments: result.segments,
      provider: result.provider,
      model: result.model,
    };
  }
  if (result.reason === "rejected")
    throw validationError({ audio: [result.message] }, result.message);
  throw new AppError("SERVICE_UNAVAILABLE", result.message, {
    details: { reason: result.reason },
    headers: result.reason === "unavailable" ? { "Retry-After": "30" } : {},
  });
}
