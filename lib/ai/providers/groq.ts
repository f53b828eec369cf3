import { ChatGroq } from "@langchain/groq";
import type { Env } from "@/lib/env";
import { replyText, toLangChainMessages } from "./langchain-reply";
import type { ChatProvider } from "./types";

/** Groq (OpenAI-compatible chat completions at {GROQ_BASE_URL}/openai/v1) in JSON mode. */
export function groqProvider(e: Env): ChatProvider | null {
  if (!e.GROQ_API_KEY && !e.GROQ_BASE_URL) return null;
  let chat: ChatGroq | undefined;
  const client = () =>
    (chat ??= new ChatGroq({
      // A self-hosted compatible server may not need a key; the SDK insists on one.
      apiKey: e.GROQ_API_KEY ?? "not-required",
      model: e.GROQ_MODEL,
      baseUrl: e.GROQ_BASE_URL,
      timeout: e.AI_CLOUD_TIMEOUT_MS,
      // The router decides about retries (next provider), never the SDK.
      maxRetries: 0,
      temperature: 0.2,
    }));
  return {
    name: "groq",
    account: "groq",
    model: e.GROQ_MODEL,
    priority: 1,
    timeoutMs: e.AI_CLOUD_TIMEOUT_MS,
    quota: { limit: e.GROQ_DAILY_QUOTA, window: "day", unit: "requests" },
    // llama-3.3-70b-versatile list price ($0.59 / $0.79 per million tokens, ~4 chars a token).
    pricing: { inputPerMillionChars: 0.1475, outputPerMillionChars: 0.1975 },
    toolModel: client,
    complete: (messages, { signal }) =>
      replyText(
        client().invoke(toLangChainMessages(messages), {
          signal,
          response_format: { type: "json_object" },
        }),
      ),
  };
}
