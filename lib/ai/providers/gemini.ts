import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import type { Env } from "@/lib/env";
import { replyText, toLangChainMessages } from "./langchain-reply";
import type { ChatProvider } from "./types";

/** Google Gemini (`/v1beta/models/{model}:generateContent`) with a JSON response MIME type. */
export function geminiProvider(e: Env): ChatProvider | null {
  if (!e.GEMINI_API_KEY && !e.GEMINI_BASE_URL) return null;
  const chats = new Map<boolean, ChatGoogleGenerativeAI>();
  // JSON mode for the tasks; tool calling (agents) needs it off.
  const client = (json = true) => {
    let chat = chats.get(json);
    if (!chat) {
      chat = new ChatGoogleGenerativeAI({
        apiKey: e.GEMINI_API_KEY ?? "not-required",
        model: e.GEMINI_MODEL,
        baseUrl: e.GEMINI_BASE_URL,
        json,
        maxRetries: 0,
        temperature: 0.2,
      });
      chats.set(json, chat);
    }
    return chat;
  };
  return {
    name: "gemini",
    account: "gemini",
    model: e.GEMINI_MODEL,
    priority: 2,
    timeoutMs: e.AI_CLOUD_TIMEOUT_MS,
    quota: { limit: e.GEMINI_PER_MINUTE_QUOTA, window: "minute", unit: "requests" },
    // gemini-2.0-flash list price ($0.10 / $0.40 per million tokens).
    pricing: { inputPerMillionChars: 0.025, outputPerMillionChars: 0.1 },
    toolModel: () => client(false),
    complete: (messages, { signal }) =>
      replyText(client().invoke(toLangChainMessages(messages), { signal })),
  };
}
