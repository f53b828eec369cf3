import { db } from "@/lib/db/client";
import { getCacheHitRates, getProviderStatus, getProviderUsage } from "./ai-status";

/** Evaluations waiting or running: how many, and how long the oldest has waited. */
export async function evaluationQueue(now: Date = new Date()) {
  const [groups, oldest] = await Promise.all([
    db.evaluation.groupBy({
      by: ["status"],
      where: { status: { in: ["pending", "processing"] } },
      _count: { _all: true },
    }),
    db.evaluation.findFirst({
      where: { status: { in: ["pending", "processing"] } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
  ]);
  const count = (s: string) => groups.find((g) => g.status === s)?._count._all ?? 0;
  const failedToday = await db.evaluation.count({
    where: { status: "failed", updatedAt: { gte: new Date(now.getTime() - 86_400_000) } },
  });
  return {
    pending: count("pending"),
    processing: count("processing"),
    oldestAgeSeconds: oldest ? Math.round((now.getTime() - oldest.createdAt.getTime()) / 1000) : 0,
    failedLast24h: failedToday,
  };
}

/** Everything /admin/system shows; daily rows dated within the last `days` × 24 h (1: today, UTC). */
export async function getSystemStatus(days: 1 | 7, now: Date = new Date()) {
  const [queue, providers, usage, cache] = await Promise.all([
    evaluationQueue(now),
    getProviderStatus(now),
    getProviderUsage(days, now),
    getCacheHitRates(days, now),
  ]);
  // One point per day: requests, failures and cost over all providers.
  const perDay = new Map<
    string,
    { date: string; requests: number; failures: number; cost: number }
  >();
  for (const u of usage) {
    const d = perDay.get(u.date) ?? { date: u.date, requests: 0, failures: 0, cost: 0 };
    d.requests += u.requests;
    d.failures += u.failures;
    d.cost += u.estimatedCost;
    perDay.set(u.date, d);
  }
  return {
    queue,
    providers,
    usage,
    usageByDay: [...perDay.values()].sort((a, b) => a.date.localeCompare(b.date)),
    cache,
    generatedAt: now.toISOString(),
  };
}
