import type { Transcript } from "@/lib/validations/transcription";
import type { RoutedProvider, SpeechProviderName } from "../providers/types";
import type { CheckedAudio } from "./audio";

export interface TranscribeOptions {
  signal: AbortSignal;
  language?: string;
  /** Words the speech likely contains (the question), to spell technical terms right. */
  context?: string;
}

/** A configured speech-to-text provider, called through the same router as the chat models. */
export interface SpeechProvider extends RoutedProvider {
  readonly name: SpeechProviderName;
  /** US dollars for this many seconds of audio. */
  cost(seconds: number): number;
  transcribe(audio: CheckedAudio, options: TranscribeOptions): Promise<Transcript>;
}
