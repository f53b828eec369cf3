import { TaskCancelledError, TimeoutStrategy, timeout } from "cockatiel";
import type { AiProviderName } from "@/lib/db/generated/enums";
import { logger } from "@/lib/logger";
import { contextFields } from "@/lib/request-context";
import { ProviderError, classifyFailure, type FailureKind } from "../llm/errors";
import { llmProviders } from "../providers/registry";
import type { ChatMessage, ChatProvider } from "../providers/types";
import { breakerFor, breakerView, resetBreakers } from "./breakers";
import { healthOf, recordOutcome, resetHealth } from "./health";
import { chargeCharacters, quotaRemaining, reserveQuota } from "./quota";
import { rankProviders } from "./score";
import { estimateCost, recordBuiltinUsage, recordUsage } from "./usage";

/** One kind of LLM work: its prompt, and how a reply becomes a checked result. */
export interface LlmTask<I, O> {
  readonly name: "generate_questions" | "evaluate_answer";
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

// An attempt with less time than this left is not started.
const MIN_ATTEMPT_MS = 200;

const promptChars = (messages: readonly ChatMessage[]) =>
  messages.reduce((n, m) => n + m.content.length, 0);

async function ranked(): Promise<ChatProvider[]> {
  const providers = llmProviders();
  const candidates = await Promise.all(
    providers.map(async (p) => {
      const breaker = breakerView(p.name);
      const remaining = await quotaRemaining(p);
      const health = healthOf(p.name);
      const available = breaker.acceptsCalls && remaining > 0;
      if (!available) {
        logger.info("ai provider skipped", {
          ...contextFields(),
          provider: p.name,
          reason: breaker.acceptsCalls ? "quota_exhausted" : `breaker_${breaker.state}`,
        });
      }
      return {
        name: p.name,
        priority: p.priority,
        available,
        signals: {
          health: health.successRate * (breaker.state === "half_open" ? 0.5 : 1),
          quotaRemaining: remaining,
          latencyMs: health.latencyMs,
        },
      };
    }),
  );
  const order = rankProviders(candidates);
  const byName = new Map(providers.map((p) => [p.name, p]));
  return order.map((c) => byName.get(c.name)).filter((p): p is ChatProvider => p !== undefined);
}

/**
 * One call through the provider's breaker, with a timeout that also honours the budget. The
 * reply's length is noted in `reply` even when the reply is then rejected (it was still paid for).
 */
async function attempt<I, O>(
  p: ChatProvider,
  task: LlmTask<I, O>,
  input: I,
  messages: ChatMessage[],
  remainingMs: number,
  reply: { chars: number },
): Promise<O> {
  const limitMs = Math.min(p.timeoutMs, remainingMs);
  const byBudget = remainingMs < p.timeoutMs;
  return breakerFor(p.name).policy.execute(async () => {
    let text: string;
    try {
      text = await timeout(limitMs, TimeoutStrategy.Aggressive).execute(({ signal }) =>
        p.complete(messages, { signal, jsonSchema: task.jsonSchema }),
      );
    } catch (error) {
      if (!(error instanceof TaskCancelledError)) throw error;
      throw new ProviderError(byBudget ? "budget" : "timeout", `no reply within ${limitMs} ms`);
    }
    reply.chars = text.length;
    return task.parse(text, input);
  });
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
  const deadline = Date.now() + options.budgetMs;
  const messages = task.messages(input);
  const sent = promptChars(messages);
  const failures: Array<{ provider: string; kind: FailureKind }> = [];
  for (const p of await ranked()) {
    const remainingMs = deadline - Date.now();
    if (remainingMs < MIN_ATTEMPT_MS) {
      failures.push({ provider: p.name, kind: "budget" });
      continue;
    }
    if (!(await reserveQuota(p, sent))) {
      logger.info("ai provider skipped", {
        ...contextFields(),
        provider: p.name,
        reason: "quota_exhausted",
      });
      continue;
    }
    const started = performance.now();
    const reply = { chars: 0 };
    try {
      const value = await attempt(p, task, input, messages, remainingMs, reply);
      const latencyMs = performance.now() - started;
      await meter(p, { ok: true, latencyMs, sent, received: reply.chars });
      logger.info("ai provider call", {
        ...contextFields(),
        task: task.name,
        provider: p.name,
        outcome: "success",
        latency_ms: Math.round(latencyMs),
      });
      return { value, provider: p.name };
    } catch (error) {
      const latencyMs = performance.now() - started;
      const kind = classifyFailure(error);
      failures.push({ provider: p.name, kind });
      if (kind !== "breaker_open") {
        await meter(p, { ok: false, kind, latencyMs, sent, received: reply.chars });
      }
      logger.warn("ai provider call", {
        ...contextFields(),
        task: task.name,
        provider: p.name,
        outcome: "failure",
        failure: kind,
        latency_ms: Math.round(latencyMs),
        error: error instanceof Error ? error.message.slice(0, 200) : String(error),
      });
    }
  }
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

type Metered =
  | { ok: true; latencyMs: number; sent: number; received: number }
  | { ok: false; kind: FailureKind; latencyMs: number; sent: number; received: number };

async function meter(p: ChatProvider, m: Metered): Promise<void> {
  recordOutcome(p.name, m.ok ? { ok: true, latencyMs: m.latencyMs } : m);
  const characters = m.sent + m.received;
  await Promise.all([
    chargeCharacters(p, characters),
    recordUsage({
      provider: p.name,
      ok: m.ok,
      characters,
      latencyMs: m.latencyMs,
      cost: estimateCost(p.pricing, m.sent, m.received),
    }),
  ]);
}

/** Forgets breakers and health (tests; a changed configuration). */
export function resetAiRouter(): void {
  resetBreakers();
  resetHealth();
}

export { hasLlmProviders, llmProviders } from "../providers/registry";
