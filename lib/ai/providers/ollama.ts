import { ChatOllama } from "@langchain/ollama";
import type { Env } from "@/lib/env";
import { replyText, toLangChainMessages } from "./langchain-reply";
import type { ChatProvider } from "./types";

/** A local Ollama server (`/api/chat`), its output held to the task's JSON schema. */
export function ollamaProvider(e: Env): ChatProvider | null {
  if (!e.OLLAMA_BASE_URL) return null;
  let chat: ChatOllama | undefined;
  let tools: ChatOllama | undefined;
  const options = {
    baseUrl: e.OLLAMA_BASE_URL,
    model: e.OLLAMA_MODEL,
    maxRetries: 0,
    temperature: 0.2,
  };
  const client = () => (chat ??= new ChatOllama({ ...options, format: "json" }));
  return {
    name: "ollama",
    account: "ollama",
    model: e.OLLAMA_MODEL,
    priority: 4,
    timeoutMs: e.AI_OLLAMA_TIMEOUT_MS,
    quota: null,
    pricing: { inputPerMillionChars: 0, outputPerMillionChars: 0 },
    // Tool calling (agents) needs free-form replies, not JSON mode.
    toolModel: () => (tools ??= new ChatOllama(options)),
    complete: (messages, { signal, jsonSchema }) =>
      replyText(
        client().invoke(toLangChainMessages(messages), { signal, format: jsonSchema ?? "json" }),
      ),
  };
}
