import { env, type Env } from "@/lib/env";
import { geminiProvider } from "./gemini";
import { groqProvider } from "./groq";
import { huggingFaceProvider } from "./huggingface";
import { ollamaProvider } from "./ollama";
import type { ChatProvider } from "./types";

const FACTORIES = [groqProvider, geminiProvider, huggingFaceProvider, ollamaProvider];

/** The variables that enable an LLM provider: with none of them set, the app runs offline. */
export const PROVIDER_ENV_VARS = [
  "GROQ_API_KEY",
  "GROQ_BASE_URL",
  "GEMINI_API_KEY",
  "GEMINI_BASE_URL",
  "OLLAMA_BASE_URL",
  "HF_TOKEN",
  "HF_BASE_URL",
] as const;

/**
 * A getter for the providers whose variables are set, built once per configuration (tests and
 * a changed environment get fresh ones).
 */
export function configuredProviders<P>(factories: ReadonlyArray<(e: Env) => P | null>): () => P[] {
  let built: { from: Env; providers: P[] } | undefined;
  return () => {
    const e = env();
    if (built?.from !== e) {
      built = { from: e, providers: factories.map((f) => f(e)).filter((p): p is P => p !== null) };
    }
    return built.providers;
  };
}

/** The LLM providers whose variables are set, in the spec's priority order (may be empty). */
export const llmProviders: () => ChatProvider[] = configuredProviders(FACTORIES);

export const hasLlmProviders = (): boolean => llmProviders().length > 0;
