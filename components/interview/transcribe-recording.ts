import type { Recording } from "./delivery-recorder";
import type { SpokenTake } from "./spoken-takes";

export type TranscribeOutcome =
  | { ok: true; take: SpokenTake }
  /** no_service: the server has no speech-to-text (dictation or typing instead); the others
   * carry a message to show. */
  | { ok: false; reason: "no_service" | "unavailable" | "rejected" | "network"; message: string };

type Envelope = {
  success: boolean;
  data: {
    text: string;
    duration_seconds: number | null;
    words: SpokenTake["words"];
    segments: SpokenTake["segments"];
    recording_id?: number | null;
  } | null;
  error: { code: string; message: string; details: { reason?: string } | null } | null;
};

/** Sends a recording to POST /api/v1/transcriptions (signed in by the session cookie). */
export async function transcribeRecording(
  recording: Recording,
  context: string,
  signal?: AbortSignal,
): Promise<TranscribeOutcome> {
  const form = new FormData();
  form.set("audio", recording.blob, "answer");
  form.set("duration_seconds", recording.durationSeconds.toFixed(2));
  form.set("context", context.slice(0, 2000));
  let body: Envelope;
  try {
    const response = await fetch("/api/v1/transcriptions", {
      method: "POST",
      body: form,
      credentials: "same-origin",
      signal,
    });
    body = (await response.json()) as Envelope;
  } catch {
    return {
      ok: false,
      reason: "network",
      message: "We could not reach the server to transcribe. Try again, or type.",
    };
  }
  if (body.success && body.data) {
    const d = body.data;
    return {
      ok: true,
      take: {
        transcript: d.text,
        durationSeconds: d.duration_seconds ?? recording.durationSeconds,
        words: d.words,
        segments: d.segments,
        recordingId: d.recording_id ?? null,
      },
    };
  }
  const error = body.error;
  if (error?.details?.reason === "not_configured") {
    return { ok: false, reason: "no_service", message: error.message };
  }
  return {
    ok: false,
    reason: error?.code === "VALIDATION_ERROR" ? "rejected" : "unavailable",
    message: error?.message ?? "Transcription failed. Try again, or type.",
  };
}
