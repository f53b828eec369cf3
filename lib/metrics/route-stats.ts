import { histogramQuantile, type Bucket } from "./quantile";
import { instruments } from "./registry";

export interface RouteStats {
  route: string;
  method: string;
  requests: number;
  /** Share of requests answered 5xx, 0–1. */
  errorRate: number;
  p50Ms: number | null;
  p95Ms: number | null;
}

export interface RequestStats {
  routes: RouteStats[];
  total: Omit<RouteStats, "route" | "method">;
  /** Event-loop delay of this process since the last Prometheus scrape, in ms. */
  eventLoop: { p50Ms: number; p99Ms: number; maxMs: number };
  /** When this process started counting (its window). */
  since: string;
}

interface Acc {
  requests: number;
  errors: number;
  buckets: Map<number, number>;
}

const startedAt = new Date(Date.now() - process.uptime() * 1000).toISOString();
const ms = (seconds: number | null) =>
  seconds === null ? null : Math.round(seconds * 10_000) / 10;

function summarise(acc: Acc): Omit<RouteStats, "route" | "method"> {
  const buckets: Bucket[] = [...acc.buckets].map(([le, count]) => ({ le, count }));
  return {
    requests: acc.requests,
    errorRate: acc.requests === 0 ? 0 : acc.errors / acc.requests,
    p50Ms: ms(histogramQuantile(0.5, buckets)),
    p95Ms: ms(histogramQuantile(0.95, buckets)),
  };
}

/**
 * Requests, latency percentiles and 5xx share per route and method, read from this process's
 * latency histogram (the series /metrics exports), busiest routes first.
 */
export async function requestStats(): Promise<RequestStats> {
  const m = instruments();
  const { values } = await m.httpDuration.get();
  const byRoute = new Map<string, Acc & { route: string; method: string }>();
  const total: Acc = { requests: 0, errors: 0, buckets: new Map() };
  for (const v of values) {
    const route = String(v.labels.route);
    const method = String(v.labels.method);
    const key = `${method} ${route}`;
    const acc = byRoute.get(key) ?? { route, method, requests: 0, errors: 0, buckets: new Map() };
    byRoute.set(key, acc);
    if (v.metricName?.endsWith("_count")) {
      acc.requests += v.value;
      total.requests += v.value;
      if (v.labels.status_class === "5xx") {
        acc.errors += v.value;
        total.errors += v.value;
      }
    } else if (v.metricName?.endsWith("_bucket")) {
      // Bucket samples carry the `le` label beside the histogram's own.
      const bound = (v.labels as Record<string, string | number | undefined>).le;
      const le = bound === "+Inf" ? Infinity : Number(bound);
      acc.buckets.set(le, (acc.buckets.get(le) ?? 0) + v.value);
      total.buckets.set(le, (total.buckets.get(le) ?? 0) + v.value);
    }
  }
  const loop = m.eventLoopMonitor;
  const loopMs = (n: number) => (Number.isFinite(n) ? Math.round(n / 1e4) / 100 : 0);
  return {
    routes: [...byRoute.values()]
      .filter((a) => a.requests > 0)
      .map((a) => ({ route: a.route, method: a.method, ...summarise(a) }))
      .sort((a, b) => b.requests - a.requests || a.route.localeCompare(b.route)),
    total: summarise(total),
    eventLoop: {
      p50Ms: loopMs(loop.percentile(50)),
      p99Ms: loopMs(loop.percentile(99)),
      maxMs: loopMs(loop.max),
    },
    since: startedAt,
  };
}
