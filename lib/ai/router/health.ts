import { env, type Env } from "@/lib/env";
import type { FailureKind } from "../llm/errors";
import type { RouteName } from "../providers/types";

// Weight of the newest call in the moving averages.
const ALPHA = 0.3;

export interface ProviderHealth {
  successRate: number;
  latencyMs: number | null;
  calls: number;
  failures: number;
  lastFailure: { kind: FailureKind; at: string } | null;
}

const stats = new Map<RouteName, ProviderHealth>();
// The configuration the stats belong to: a new configuration starts afresh.
let statsFrom: Env | undefined;

function current(): Map<RouteName, ProviderHealth> {
  if (statsFrom !== env()) {
    stats.clear();
    statsFrom = env();
  }
  return stats;
}

const fresh = (): ProviderHealth => ({
  successRate: 1,
  latencyMs: null,
  calls: 0,
  failures: 0,
  lastFailure: null,
});

export function healthOf(name: RouteName): ProviderHealth {
  return current().get(name) ?? fresh();
}

/** Moving averages of this process's calls to one provider (the router's health and latency). */
export function recordOutcome(
  name: RouteName,
  outcome: { ok: true; latencyMs: number } | { ok: false; latencyMs: number; kind: FailureKind },
): void {
  const s = { ...healthOf(name) };
  s.calls++;
  s.successRate = s.successRate * (1 - ALPHA) + (outcome.ok ? ALPHA : 0);
  s.latencyMs =
    s.latencyMs === null
      ? outcome.latencyMs
      : s.latencyMs * (1 - ALPHA) + outcome.latencyMs * ALPHA;
  if (!outcome.ok) {
    s.failures++;
    s.lastFailure = { kind: outcome.kind, at: new Date().toISOString() };
  }
  current().set(name, s);
}

export function resetHealth(): void {
  stats.clear();
}
