import type { AiProviderName } from "@/lib/db/generated/enums";
import { logger } from "@/lib/logger";
import { contextFields } from "@/lib/request-context";
import { llmProviders } from "../providers/registry";
import type { ChatMessage, ChatProvider } from "../providers/types";
import { resetBreakers } from "./breakers";
import { resetHealth } from "./health";
import { routeAcross, type ProviderCall } from "./route";
import { estimateCost, recordBuiltinUsage } from "./usage";

/** One kind of LLM work: its prompt, and how a reply becomes a checked result. */
export interface LlmTask<I, O> {
  readonly name: "generate_questions" | "evaluate_answer" | "follow_up_question" | "model_answer";
  messages(input: I): ChatMessage[];
  /** JSON schema of the reply, for providers that can enforce one. */
  readonly jsonSchema?: Record<string, unknown>;
  /** Parses and validates a reply; throws ProviderError("malformed" | "schema") otherwise. */
  parse(reply: string, input: I): O;
}

export interface RouteOptions<O> {
  /** Total time for every attempt together; an attempt never outlives it. */
  budgetMs: number;
  /** The built-in result used when no provider succeeds (recorded as provider "builtin"). */
  fallback?: { run: () => Promise<O>; characters: number };
}

export interface Routed<O> {
  value: O;
  provider: AiProviderName;
}

const promptChars = (messages: readonly ChatMessage[]) =>
  messages.reduce((n, m) => n + m.content.length, 0);

/** A task's call on a chat provider: prompt and reply characters are metered and priced. */
function chatCall<I, O>(task: LlmTask<I, O>, input: I): ProviderCall<ChatProvider, O> {
  const messages = task.messages(input);
  const sent = promptChars(messages);
  return {
    task: task.name,
    sentChars: sent,
    async run(p, signal, reply) {
      const text = await p.complete(messages, { signal, jsonSchema: task.jsonSchema });
      // Noted before parsing: a rejected reply was still paid for.
      reply.chars = text.length;
      return task.parse(text, input);
    },
    charge: (p, { receivedChars }) => ({
      characters: sent + receivedChars,
      cost: estimateCost(p.pricing, sent, receivedChars),
    }),
  };
}

/**
 * Runs a task on the best available provider and falls through the rest in score order on a
 * timeout, error, 429/5xx, malformed or schema-violating reply (breaker open or quota used up:
 * skipped). Every attempt is metered (quota, usage row, health) and logged with the request id.
 * When none succeeds the fallback runs, or null is returned when there is none.
 */
export async function routeTask<I, O>(
  task: LlmTask<I, O>,
  input: I,
  options: RouteOptions<O>,
): Promise<Routed<O> | null> {
  const routed = await routeAcross(llmProviders(), chatCall(task, input), options.budgetMs);
  if (routed.ok) return { value: routed.value, provider: routed.provider.name };
  const { failures } = routed;
  if (!options.fallback) {
    if (failures.length > 0) {
      logger.warn("ai providers failed; no fallback", {
        ...contextFields(),
        task: task.name,
        failures,
      });
    }
    return null;
  }
  const started = performance.now();
  const value = await options.fallback.run();
  await recordBuiltinUsage(options.fallback.characters, performance.now() - started);
  logger.info("ai provider call", {
    ...contextFields(),
    task: task.name,
    provider: "builtin",
    outcome: "success",
    fallback_after: failures,
    latency_ms: Math.round(performance.now() - started),
  });
  return { value, provider: "builtin" };
}

/** Forgets breakers and health (tests; a changed configuration). */
export function resetAiRouter(): void {
  resetBreakers();
  resetHealth();
}

export { hasLlmProviders, llmProviders } from "../providers/registry";
