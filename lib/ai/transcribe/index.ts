import { env } from "@/lib/env";
import { ensureRequestContext } from "@/lib/request-context";
import { parseInput } from "@/lib/validations/parse";
import {
  audioMetadataSchema,
  type AudioMetadata,
  type Transcript,
  type TranscriptionResult,
} from "@/lib/validations/transcription";
import { routeAcross, type ProviderCall } from "../router/route";
import { checkAudio, type CheckedAudio } from "./audio";
import { speechProviders } from "./registry";
import type { SpeechProvider } from "./types";

export { checkAudio, sniffAudioFormat, wavDurationSeconds } from "./audio";
export { hasSpeechProvider, speechProviders } from "./registry";
export type { TranscriptionResult, Transcript } from "@/lib/validations/transcription";

export interface AudioUpload {
  bytes: Uint8Array;
  /** The upload's Content-Type (e.g. `audio/webm;codecs=opus`). */
  mimeType: string;
  metadata?: AudioMetadata;
}

function transcribeCall(
  audio: CheckedAudio,
  meta: AudioMetadata,
): ProviderCall<SpeechProvider, Transcript> {
  return {
    task: "transcribe_audio",
    sentChars: 0,
    async run(p, signal, reply) {
      const transcript = await p.transcribe(audio, {
        signal,
        language: meta.language,
        context: meta.context,
      });
      reply.chars = transcript.text.length;
      return transcript;
    },
    // Characters are the transcript's; cost is by audio length, and a failed call is not billed.
    charge: (p, { value, receivedChars }) => ({
      characters: receivedChars,
      cost: value ? p.cost(value.durationSeconds ?? audio.durationSeconds ?? 0) : 0,
    }),
  };
}

/**
 * Speech to text through the provider router (breaker, quota, usage row, timeout, request-id
 * logs, like every LLM call). Bad uploads throw an AppError (413, 415, 422) before anything is
 * sent. Without a configured provider the result says so: the browser's own speech recognition,
 * or typing, is then the way to answer.
 */
export async function transcribeAudio(upload: AudioUpload): Promise<TranscriptionResult> {
  const providers = speechProviders();
  if (providers.length === 0) {
    return {
      ok: false,
      reason: "not_configured",
      message: "No speech-to-text service is configured on this server.",
    };
  }
  const meta = parseInput(audioMetadataSchema, upload.metadata ?? {});
  const audio = checkAudio(upload.bytes, upload.mimeType, meta.durationSeconds);
  // Longer than one attempt's timeout, so a provider that times out is charged with it.
  const budgetMs = env().AI_TRANSCRIBE_TIMEOUT_MS * providers.length + 1_000;
  const routed = await ensureRequestContext("transcribe", () =>
    routeAcross(providers, transcribeCall(audio, meta), budgetMs),
  );
  if (routed.ok) {
    const { value, provider } = routed;
    return {
      ok: true,
      provider: provider.account,
      model: provider.model,
      ...value,
      durationSeconds: value.durationSeconds ?? audio.durationSeconds,
    };
  }
  if (routed.failures.some((f) => f.kind === "rejected_input")) {
    return {
      ok: false,
      reason: "rejected",
      message: "The speech service could not read this recording. Record it again, or type.",
    };
  }
  return {
    ok: false,
    reason: "unavailable",
    message:
      "Transcription is unavailable right now. Your browser's dictation or typing still works.",
  };
}
