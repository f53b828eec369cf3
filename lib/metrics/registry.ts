import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { evaluatorPoolStats } from "@/lib/ai/offline/pool";

/**
 * This process's Prometheus instruments. Each instance exposes its own series at /metrics (the
 * normal Prometheus model: the scraper adds an `instance` label and sums across instances).
 * Kept on globalThis so every route bundle and a dev server's reloads share one registry.
 */
export interface Instruments {
  registry: Registry;
  httpDuration: Histogram<"route" | "method" | "status_class">;
  eventLoopDelay: Gauge<"quantile">;
  eventLoopMonitor: IntervalHistogram;
  providerCalls: Counter<"provider" | "task" | "outcome">;
  providerFailures: Counter<"provider" | "task" | "kind">;
  cacheLookups: Counter<"layer" | "result">;
  evaluationQueueDepth: Gauge<"status">;
  evaluationQueueOldest: Gauge;
  evaluatorPool: Gauge<"state">;
}

/** Upper bounds in seconds: fine below 100 ms, where the latency targets sit. */
export const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5, 10];

// The event-loop monitor samples every 10 ms (its cost is one timer).
const LOOP_RESOLUTION_MS = 10;
const LOOP_QUANTILES = [50, 90, 99] as const;

function create(): Instruments {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const eventLoopMonitor = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  eventLoopMonitor.enable();
  const ns = (n: number) => (Number.isFinite(n) ? n / 1e9 : 0);
  const eventLoopDelay = new Gauge({
    name: "im_event_loop_delay_seconds",
    help: "Event-loop delay since the previous scrape (perf_hooks.monitorEventLoopDelay)",
    labelNames: ["quantile"] as const,
    registers: [registry],
    collect() {
      for (const q of LOOP_QUANTILES) {
        this.set({ quantile: String(q / 100) }, ns(eventLoopMonitor.percentile(q)));
      }
      this.set({ quantile: "1" }, ns(eventLoopMonitor.max));
    },
  });
  return {
    registry,
    eventLoopMonitor,
    eventLoopDelay,
    httpDuration: new Histogram({
      name: "im_http_request_duration_seconds",
      help: "API request latency by route template, method and status class",
      labelNames: ["route", "method", "status_class"] as const,
      buckets: HTTP_BUCKETS,
      registers: [registry],
    }),
    providerCalls: new Counter({
      name: "im_ai_provider_calls_total",
      help: "Calls made to AI providers by the router, by outcome (success or failure)",
      labelNames: ["provider", "task", "outcome"] as const,
      registers: [registry],
    }),
    providerFailures: new Counter({
      name: "im_ai_provider_failures_total",
      help: "Failed AI provider calls by kind (timeout, rate_limited, server_error, breaker_open…)",
      labelNames: ["provider", "task", "kind"] as const,
      registers: [registry],
    }),
    cacheLookups: new Counter({
      name: "im_cache_lookups_total",
      help: "Cache lookups per layer, result hit or miss (hit rate = hit / (hit + miss))",
      labelNames: ["layer", "result"] as const,
      registers: [registry],
    }),
    evaluationQueueDepth: new Gauge({
      name: "im_evaluation_queue_depth",
      help: "Evaluations waiting (pending) or running (processing), read from the database",
      labelNames: ["status"] as const,
      registers: [registry],
    }),
    evaluationQueueOldest: new Gauge({
      name: "im_evaluation_queue_oldest_age_seconds",
      help: "Age of the oldest pending or processing evaluation, read from the database",
      registers: [registry],
    }),
    evaluatorPool: new Gauge({
      name: "im_evaluator_pool",
      help: "Built-in evaluator worker threads of this process, and answers queued for them",
      labelNames: ["state"] as const,
      registers: [registry],
      collect() {
        const pool = evaluatorPoolStats();
        this.set({ state: "threads" }, pool.threads);
        this.set({ state: "queued" }, pool.queued);
      },
    }),
  };
}

const holder = globalThis as typeof globalThis & { __imMetrics?: Instruments };

export function instruments(): Instruments {
  holder.__imMetrics ??= create();
  return holder.__imMetrics;
}

/** "2xx" … "5xx": the status label (one series per class, not per code). */
export const statusClass = (status: number): string => `${Math.floor(status / 100)}xx`;
