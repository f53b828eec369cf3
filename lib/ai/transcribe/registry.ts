import { configuredProviders } from "../providers/registry";
import { groqWhisperProvider } from "./groq-whisper";
import type { SpeechProvider } from "./types";

/** The speech-to-text providers whose variables are set (may be empty: the browser's own
 * recognition, or typing, is then the way to answer). */
export const speechProviders: () => SpeechProvider[] = configuredProviders([groqWhisperProvider]);

export const hasSpeechProvider = (): boolean => speechProviders().length > 0;
