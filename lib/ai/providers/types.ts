import type { AiProviderName } from "@/lib/db/generated/enums";

export type LlmProviderName = Exclude<AiProviderName, "builtin">;

export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

interface CompleteOptions {
  signal: AbortSignal;
  /** JSON schema of the expected reply, for providers that can enforce one (Ollama). */
  jsonSchema?: Record<string, unknown>;
}

/** What a provider's quota counts, and over which window (spec property 18). */
export interface QuotaRule {
  limit: number;
  window: "minute" | "day" | "month";
  unit: "requests" | "characters";
}

/** US dollars per million characters (about 4 characters a token), for estimated_cost. */
export interface Pricing {
  inputPerMillionChars: number;
  outputPerMillionChars: number;
}

/** One configured LLM provider: a chat model that answers in JSON text. */
export interface ChatProvider {
  readonly name: LlmProviderName;
  readonly model: string;
  /** Lower comes first when scores tie (the spec's priority: Groq, Gemini, HF, Ollama). */
  readonly priority: number;
  readonly timeoutMs: number;
  readonly quota: QuotaRule | null;
  readonly pricing: Pricing;
  complete(messages: ChatMessage[], options: CompleteOptions): Promise<string>;
}
