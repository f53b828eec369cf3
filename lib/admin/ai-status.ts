import { breakerView, type BreakerState } from "@/lib/ai/router/breakers";
import { healthOf } from "@/lib/ai/router/health";
import { quotaRemaining, quotaUsed, quotaWindow } from "@/lib/ai/router/quota";
import { providerScore } from "@/lib/ai/router/score";
import { llmProviders } from "@/lib/ai/providers/registry";
import type { QuotaRule } from "@/lib/ai/providers/types";
import { peekLayerCounts } from "@/lib/cache/counters";
import { hitRate } from "@/lib/cache/hit-rate";
import { db } from "@/lib/db/client";
import { AiProviderName, CacheLayer } from "@/lib/db/generated/enums";

export interface ProviderStatus {
  name: AiProviderName;
  configured: boolean;
  model: string | null;
  /** This process's breaker; null for the built-in provider, which has none. */
  breaker: { state: BreakerState; openedAt: Date | null; probeAt: Date | null } | null;
  /** This process's recent calls. */
  health: { successRate: number; avgLatencyMs: number | null; calls: number; failures: number };
  lastFailure: { kind: string; at: string } | null;
  /** Shared across instances (cache store). */
  quota: (QuotaRule & { period: string; used: number; remaining: number }) | null;
  /** The router's selection score now (null when it would skip the provider or has none). */
  score: number | null;
}

/** Provider health, breaker states and quota used, in the router's priority order. */
export async function getProviderStatus(now: Date = new Date()): Promise<ProviderStatus[]> {
  const configured = llmProviders();
  const statuses = await Promise.all(
    configured.map(async (p): Promise<ProviderStatus> => {
      const breaker = breakerView(p.name, now.getTime());
      const health = healthOf(p.name);
      const remaining = await quotaRemaining(p);
      const signals = {
        health: health.successRate * (breaker.state === "half_open" ? 0.5 : 1),
        quotaRemaining: remaining,
        latencyMs: health.latencyMs,
      };
      return {
        name: p.name,
        configured: true,
        model: p.model,
        breaker: { state: breaker.state, openedAt: breaker.openedAt, probeAt: breaker.probeAt },
        health: {
          successRate: health.successRate,
          avgLatencyMs: health.latencyMs === null ? null : Math.round(health.latencyMs),
          calls: health.calls,
          failures: health.failures,
        },
        lastFailure: health.lastFailure,
        quota: p.quota
          ? { ...p.quota, period: quotaWindow(p.quota, now), used: await quotaUsed(p), remaining }
          : null,
        score: breaker.acceptsCalls && remaining > 0 ? providerScore(signals) : null,
      };
    }),
  );
  const names = new Set(statuses.map((s) => s.name));
  const absent = Object.values(AiProviderName).filter((n) => n !== "builtin" && !names.has(n));
  return [
    ...statuses,
    ...absent.map((name) => ({ ...idle(name), configured: false })),
    { ...idle("builtin"), configured: true, model: "offline bank + evaluator" },
  ];
}

const idle = (name: AiProviderName): ProviderStatus => ({
  name,
  configured: false,
  model: null,
  breaker: null,
  health: { successRate: 1, avgLatencyMs: null, calls: 0, failures: 0 },
  lastFailure: null,
  quota: null,
  score: null,
});

export interface UsageDay {
  provider: AiProviderName;
  date: string;
  requests: number;
  failures: number;
  characters: number;
  avgLatencyMs: number;
  estimatedCost: number;
}

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/** Usage and estimated cost per provider per day, newest first. */
export async function getProviderUsage(days = 30, now: Date = new Date()): Promise<UsageDay[]> {
  const rows = await db.aiProviderUsage.findMany({
    where: { date: { gte: daysAgo(now, days) } },
    orderBy: [{ date: "desc" }, { providerName: "asc" }],
  });
  return rows.map((r) => ({
    provider: r.providerName,
    date: r.date.toISOString().slice(0, 10),
    requests: r.requestCount,
    failures: r.failureCount,
    characters: Number(r.characterCount),
    avgLatencyMs: r.requestCount === 0 ? 0 : Math.round(Number(r.totalLatencyMs) / r.requestCount),
    estimatedCost: Number(r.estimatedCost),
  }));
}

interface LayerHitRate {
  layer: CacheLayer;
  hits: number;
  misses: number;
  /** Percent, property 16. */
  hitRate: number;
}

export interface CacheHitRates {
  /** Per layer, all days in range together, plus this process's counts not yet flushed. */
  layers: LayerHitRate[];
  /** The cache_metadata rows themselves. */
  days: Array<LayerHitRate & { date: string }>;
}

/** Cache hit rates per layer (spec targets: L1 95 %, L2 70 %, L3 85 %, L4 95 %). */
export async function getCacheHitRates(days = 7, now: Date = new Date()): Promise<CacheHitRates> {
  const rows = await db.cacheMetadata.findMany({
    where: { date: { gte: daysAgo(now, days) } },
    orderBy: [{ date: "desc" }, { cacheLayer: "asc" }],
  });
  const pending = peekLayerCounts();
  const layers = Object.values(CacheLayer).map((layer) => {
    const mine = rows.filter((r) => r.cacheLayer === layer);
    const hits = mine.reduce((n, r) => n + r.cacheHits, 0) + (pending.get(layer)?.hits ?? 0);
    const misses = mine.reduce((n, r) => n + r.cacheMisses, 0) + (pending.get(layer)?.misses ?? 0);
    return { layer, hits, misses, hitRate: hitRate(hits, misses) };
  });
  return {
    layers,
    days: rows.map((r) => ({
      layer: r.cacheLayer,
      date: r.date.toISOString().slice(0, 10),
      hits: r.cacheHits,
      misses: r.cacheMisses,
      hitRate: hitRate(r.cacheHits, r.cacheMisses),
    })),
  };
}

/** Everything the admin AI page shows, in one call. */
export async function getAiAdminOverview(now: Date = new Date()) {
  const [providers, usage, cache] = await Promise.all([
    getProviderStatus(now),
    getProviderUsage(30, now),
    getCacheHitRates(7, now),
  ]);
  return { providers, usage, cache, generatedAt: now.toISOString() };
}
