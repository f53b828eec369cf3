import { ChatOpenAI } from "@langchain/openai";
import type { Env } from "@/lib/env";
import { replyText, toLangChainMessages } from "./langchain-reply";
import type { ChatProvider } from "./types";

const HF_ROUTER = "https://router.huggingface.co/v1";

/** Hugging Face Inference through its OpenAI-compatible router (JSON asked for in the prompt). */
export function huggingFaceProvider(e: Env): ChatProvider | null {
  if (!e.HF_TOKEN && !e.HF_BASE_URL) return null;
  let chat: ChatOpenAI | undefined;
  const client = () =>
    (chat ??= new ChatOpenAI({
      apiKey: e.HF_TOKEN ?? "not-required",
      model: e.HF_MODEL,
      configuration: { baseURL: e.HF_BASE_URL ?? HF_ROUTER },
      timeout: e.AI_CLOUD_TIMEOUT_MS,
      maxRetries: 0,
      temperature: 0.2,
    }));
  return {
    name: "huggingface",
    account: "huggingface",
    model: e.HF_MODEL,
    priority: 3,
    timeoutMs: e.AI_CLOUD_TIMEOUT_MS,
    quota: { limit: e.HF_MONTHLY_CHAR_QUOTA, window: "month", unit: "characters" },
    // Billed by the serving partner; a small 8B model is roughly $0.20 per million tokens.
    pricing: { inputPerMillionChars: 0.05, outputPerMillionChars: 0.05 },
    toolModel: client,
    complete: (messages, { signal }) =>
      replyText(client().invoke(toLangChainMessages(messages), { signal })),
  };
}
