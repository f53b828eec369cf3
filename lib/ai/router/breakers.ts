import {
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleWhen,
  type CircuitBreakerPolicy,
} from "cockatiel";
import { env, type Env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { classifyFailure, isProviderFault } from "../llm/errors";
import type { RouteName } from "../providers/types";

export type BreakerState = "closed" | "open" | "half_open";

interface Entry {
  /** The configuration it was made with: a new configuration gets new breakers. */
  from: Env;
  policy: CircuitBreakerPolicy;
  halfOpenAfterMs: number;
  openedAt: number | null;
}

const entries = new Map<RouteName, Entry>();

/**
 * The provider's circuit breaker (cockatiel, per process): AI_BREAKER_THRESHOLD consecutive
 * failures open it; after AI_BREAKER_HALF_OPEN_MS one probe call goes through, whose outcome
 * closes it or opens it again. Cancelling a call because the caller's budget ran out, or the
 * provider refusing one bad input, is not the provider's failure and does not count.
 */
export function breakerFor(name: RouteName): Entry {
  let entry = entries.get(name);
  if (entry?.from !== env()) {
    const { AI_BREAKER_THRESHOLD, AI_BREAKER_HALF_OPEN_MS } = env();
    const policy = circuitBreaker(
      handleWhen((error) => isProviderFault(classifyFailure(error))),
      {
        halfOpenAfter: AI_BREAKER_HALF_OPEN_MS,
        breaker: new ConsecutiveBreaker(AI_BREAKER_THRESHOLD),
      },
    );
    const created: Entry = {
      from: env(),
      policy,
      halfOpenAfterMs: AI_BREAKER_HALF_OPEN_MS,
      openedAt: null,
    };
    policy.onBreak(() => {
      created.openedAt = Date.now();
      logger.warn("ai provider circuit opened", { provider: name });
    });
    policy.onHalfOpen(() =>
      logger.info("ai provider circuit half-open: probing", { provider: name }),
    );
    policy.onReset(() => {
      created.openedAt = null;
      logger.info("ai provider circuit closed", { provider: name });
    });
    entries.set(name, created);
    entry = created;
  }
  return entry;
}

export interface BreakerView {
  state: BreakerState;
  /** Whether the router may call the provider now (closed, or open long enough for a probe). */
  acceptsCalls: boolean;
  openedAt: Date | null;
  /** When an open breaker lets its probe through. */
  probeAt: Date | null;
}

export function breakerView(name: RouteName, now: number = Date.now()): BreakerView {
  const entry = breakerFor(name);
  const openedAt = entry.openedAt === null ? null : new Date(entry.openedAt);
  const probeAt = entry.openedAt === null ? null : new Date(entry.openedAt + entry.halfOpenAfterMs);
  switch (entry.policy.state) {
    case CircuitState.Closed:
      return { state: "closed", acceptsCalls: true, openedAt: null, probeAt: null };
    case CircuitState.HalfOpen:
      // A probe is in flight; others skip the provider rather than queue behind it.
      return { state: "half_open", acceptsCalls: false, openedAt, probeAt };
    default: {
      const ready = probeAt !== null && now >= probeAt.getTime();
      return { state: ready ? "half_open" : "open", acceptsCalls: ready, openedAt, probeAt };
    }
  }
}

export function resetBreakers(): void {
  entries.clear();
}
