import { env, type Env } from "@/lib/env";
import { geminiProvider } from "./gemini";
import { groqProvider } from "./groq";
import { huggingFaceProvider } from "./huggingface";
import { ollamaProvider } from "./ollama";
import type { ChatProvider } from "./types";

const FACTORIES = [groqProvider, geminiProvider, huggingFaceProvider, ollamaProvider];

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
