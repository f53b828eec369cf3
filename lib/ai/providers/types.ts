import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { AiProviderName } from "@/lib/db/generated/enums";

export type LlmProviderName = Exclude<AiProviderName, "builtin">;
/** Speech-to-text endpoints have a breaker, health and quota of their own: an audio fault must
 * not take the provider's chat models out of rotation, nor the reverse. */
export type SpeechProviderName = "groq_stt";
/** Whatever the router keeps a breaker, health and quota for. */
export type RouteName = LlmProviderName | SpeechProviderName;

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

/** What the router needs of anything it calls: chat models and speech-to-text alike. */
export interface RoutedProvider {
  readonly name: RouteName;
  /** The ai_provider_usage row its calls are accounted to (the provider's account). */
  readonly account: LlmProviderName;
  readonly model: string;
  /** Lower comes first when scores tie (the spec's priority: Groq, Gemini, HF, Ollama). */
  readonly priority: number;
  readonly timeoutMs: number;
  readonly quota: QuotaRule | null;
}

/** One configured LLM provider: a chat model that answers in JSON text. */
export interface ChatProvider extends RoutedProvider {
  readonly name: LlmProviderName;
  readonly pricing: Pricing;
  complete(messages: ChatMessage[], options: CompleteOptions): Promise<string>;
  /** The same model without JSON mode, for LangChain tool calling (the agents, lib/agents). */
  toolModel(): BaseChatModel;
}
