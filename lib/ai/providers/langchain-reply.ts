import type { BaseMessage } from "@langchain/core/messages";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { ProviderError } from "../llm/errors";
import type { ChatMessage } from "./types";

export function toLangChainMessages(messages: readonly ChatMessage[]): BaseMessage[] {
  return messages.map((m) =>
    m.role === "system" ? new SystemMessage(m.content) : new HumanMessage(m.content),
  );
}

/** The text of a chat model's reply; an empty reply is malformed output. */
export async function replyText(reply: Promise<BaseMessage>): Promise<string> {
  const text = (await reply).text;
  if (!text.trim()) throw new ProviderError("malformed", "empty reply");
  return text;
}
