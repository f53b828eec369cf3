import { sniffAudioFormat, transcribeAudio } from "@/lib/ai/transcribe";
import type { AudioUploadBody } from "@/lib/api/audio-upload";
import { AppError, validationError } from "@/lib/errors";
import { keepRecordingIfOptedIn } from "@/lib/recordings/keep-recording";
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
  /** The kept recording (users who opted in): send it with the answer to attach it; else null. */
  recording_id: number | null;
}

/**
 * POST /transcriptions: a recording to text. The audio is used for this call only, unless the
 * user opted in to keeping recordings: then a transcribed one is stored sealed (lib/recordings)
 * and its id comes back for the answer's submission. Bad uploads are 413/415/422 (lib/ai/transcribe decides); no configured provider is a
 * 503 whose details say so (the page then uses the browser's recognition or typing); a provider
 * outage is a 503 with Retry-After; a recording the provider cannot read is a 422.
 */
export async function transcribeRecording(
  userId: number,
  upload: AudioUploadBody,
): Promise<TranscriptionDto> {
  const metadata = parseInput(transcriptionFieldsSchema, upload.fields);
  const result = await transcribeAudio({
    bytes: upload.bytes,
    mimeType: upload.mimeType,
    metadata,
  });
  if (result.ok) {
    // transcribeAudio accepted the bytes, so they are one of the known containers.
    const format = sniffAudioFormat(upload.bytes);
    const recordingId = format
      ? await keepRecordingIfOptedIn(userId, {
          bytes: upload.bytes,
          format,
          durationSeconds: result.durationSeconds ?? metadata.durationSeconds ?? null,
        })
      : null;
    return {
      text: result.text,
      language: result.language,
      duration_seconds: result.durationSeconds,
      words: result.words,
      segments: result.segments,
      provider: result.provider,
      model: result.model,
      recording_id: recordingId,
    };
  }
  if (result.reason === "rejected")
    throw validationError({ audio: [result.message] }, result.message);
  throw new AppError("SERVICE_UNAVAILABLE", result.message, {
    details: { reason: result.reason },
    headers: result.reason === "unavailable" ? { "Retry-After": "30" } : {},
  });
}
