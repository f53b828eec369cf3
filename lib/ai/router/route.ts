import { TaskCancelledError, TimeoutStrategy, timeout } from "cockatiel";
import { logger } from "@/lib/logger";
import { recordProviderCall } from "@/lib/metrics/record";
import { contextFields } from "@/lib/request-context";
import { ProviderError, classifyFailure, type FailureKind } from "../llm/errors";
import type { RoutedProvider } from "../providers/types";
import { breakerFor, breakerView } from "./breakers";
import { healthOf, recordOutcome } from "./health";
import { chargeCharacters, quotaRemaining, reserveQuota } from "./quota";
import { rankProviders } from "./score";
import { recordUsage } from "./usage";

/** One call the router can make on any of several providers (a chat task, a transcription). */
export interface ProviderCall<P extends RoutedProvider, O> {
  /** Names the work in every log line. */
  readonly task: string;
  /** Characters sent (checked against a character quota before the call, and metered). */
  readonly sentChars: number;
  /** Makes the call; notes the reply's length in `reply` as soon as it has one. */
  run(p: P, signal: AbortSignal, reply: { chars: number }): Promise<O>;
  /** What one call is accounted as: characters for the usage row and quota, cost in USD. */
  charge(
    p: P,
    outcome: { value: O | null; receivedChars: number },
  ): {
    characters: number;
    cost: number;
  };
}

export interface Failure {
  provider: string;
  kind: FailureKind;
}

export type RouteOutcome<P, O> =
  { ok: true; value: O; provider: P } | { ok: false; failures: Failure[]; skipped: Failure[] };

// An attempt with less time than this left is not started.
const MIN_ATTEMPT_MS = 200;

/** Configured providers that accept calls now, best score first (skips are logged). */
async function ranked<P extends RoutedProvider>(
  providers: readonly P[],
  skipped: Failure[],
): Promise<P[]> {
  const candidates = await Promise.all(
    providers.map(async (p) => {
      const breaker = breakerView(p.name);
      const remaining = await quotaRemaining(p);
      const health = healthOf(p.name);
      const available = breaker.acceptsCalls && remaining > 0;
      if (!available) {
        const reason = breaker.acceptsCalls ? "quota_exhausted" : `breaker_${breaker.state}`;
        skipped.push({
          provider: p.name,
          kind: breaker.acceptsCalls ? "rate_limited" : "breaker_open",
        });
        logger.info("ai provider skipped", { ...contextFields(), provider: p.name, reason });
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
  const byName = new Map(providers.map((p) => [p.name, p]));
  return rankProviders(candidates)
    .map((c) => byName.get(c.name))
    .filter((p): p is P => p !== undefined);
}

/**
 * One call through the provider's breaker, with a timeout that also honours the budget. A call
 * cut short by the caller's budget is "budget" (not the provider's fault), else "timeout".
 */
async function attempt<P extends RoutedProvider, O>(
  p: P,
  call: ProviderCall<P, O>,
  remainingMs: number,
  reply: { chars: number },
): Promise<O> {
  const limitMs = Math.min(p.timeoutMs, remainingMs);
  const byBudget = remainingMs < p.timeoutMs;
  return breakerFor(p.name).policy.execute(async () => {
    try {
      return await timeout(limitMs, TimeoutStrategy.Aggressive).execute(({ signal }) =>
        call.run(p, signal, reply),
      );
    } catch (error) {
      if (!(error instanceof TaskCancelledError)) throw error;
      throw new ProviderError(byBudget ? "budget" : "timeout", `no reply within ${limitMs} ms`);
    }
  });
}

/** Health, character quota and the day's ai_provider_usage row. */
async function meter<P extends RoutedProvider, O>(
  p: P,
  call: ProviderCall<P, O>,
  m: { value: O | null; kind: FailureKind | null; latencyMs: number; receivedChars: number },
): Promise<void> {
  if (m.kind === null) recordOutcome(p.name, { ok: true, latencyMs: m.latencyMs });
  // One refused input says nothing about the provider's health.
  else if (m.kind !== "rejected_input") {
    recordOutcome(p.name, { ok: false, latencyMs: m.latencyMs, kind: m.kind });
  }
  const { characters, cost } = call.charge(p, { value: m.value, receivedChars: m.receivedChars });
  await Promise.all([
    chargeCharacters(p, characters),
    recordUsage({
      provider: p.account,
      ok: m.kind === null,
      characters,
      latencyMs: m.latencyMs,
      cost,
    }),
  ]);
}

/**
 * Makes `call` on the best available provider and falls through the rest in score order on a
 * timeout, error, 429/5xx or bad reply (breaker open or quota used up: skipped). Every attempt
 * is metered (quota, usage row, health) and logged with the request id. An input the provider
 * refuses ends the route: the next provider would refuse it too.
 */
export async function routeAcross<P extends RoutedProvider, O>(
  providers: readonly P[],
  call: ProviderCall<P, O>,
  budgetMs: number,
): Promise<RouteOutcome<P, O>> {
  const deadline = Date.now() + budgetMs;
  const failures: Failure[] = [];
  const skipped: Failure[] = [];
  for (const p of await ranked(providers, skipped)) {
    const remainingMs = deadline - Date.now();
    if (remainingMs < MIN_ATTEMPT_MS) {
      failures.push({ provider: p.name, kind: "budget" });
      continue;
    }
    if (!(await reserveQuota(p, call.sentChars))) {
      skipped.push({ provider: p.name, kind: "rate_limited" });
      logger.info("ai provider skipped", {
        ...contextFields(),
        provider: p.name,
        reason: "quota_exhausted",
      });
      continue;
    }
    const started = performance.now();
    const reply = { chars: 0 };
    const log = (fields: Record<string, unknown>) => ({
      ...contextFields(),
      task: call.task,
      provider: p.name,
      ...fields,
      latency_ms: Math.round(performance.now() - started),
    });
    try {
      const value = await attempt(p, call, remainingMs, reply);
      const latencyMs = performance.now() - started;
      await meter(p, call, { value, kind: null, latencyMs, receivedChars: reply.chars });
      recordProviderCall(p.name, call.task, null);
      logger.info("ai provider call", log({ outcome: "success" }));
      return { ok: true, value, provider: p };
    } catch (error) {
      const latencyMs = performance.now() - started;
      const kind = classifyFailure(error);
      failures.push({ provider: p.name, kind });
      recordProviderCall(p.name, call.task, kind);
      if (kind !== "breaker_open") {
        await meter(p, call, { value: null, kind, latencyMs, receivedChars: reply.chars });
      }
      logger.warn(
        "ai provider call",
        log({
          outcome: "failure",
          failure: kind,
          error: error instanceof Error ? error.message.slice(0, 200) : String(error),
        }),
      );
      if (kind === "rejected_input") break;
    }
  }
  return { ok: false, failures, skipped };
}
