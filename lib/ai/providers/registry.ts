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

let built: { from: Env; providers: ChatProvider[] } | undefined;

/** The LLM providers whose variables are set, in the spec's priority order (may be empty). */
export function llmProviders(): ChatProvider[] {
  const e = env();
  if (built?.from !== e) {
    built = {
      from: e,
      providers: FACTORIES.map((f) => f(e)).filter((p): p is ChatProvider => p !== null),
    };
  }
  return built.providers;
}

export const hasLlmProviders = (): boolean => llmProviders().length > 0;
