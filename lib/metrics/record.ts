import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { instruments, statusClass } from "./registry";

/**
 * One API request: its latency under the route's template (never the raw path, whose ids would
 * make a series per resource), and a warning with the request id when it took SLOW_REQUEST_MS or
 * more.
 */
export function recordApiRequest(r: {
  requestId: string;
  route: string;
  path: string;
  method: string;
  status: number;
  ms: number;
}): void {
  instruments().httpDuration.observe(
    { route: r.route, method: r.method, status_class: statusClass(r.status) },
    r.ms / 1000,
  );
  if (r.ms >= env().SLOW_REQUEST_MS) {
    logger.warn("slow request", {
      request_id: r.requestId,
      method: r.method,
      route: r.route,
      path: r.path,
      status: r.status,
      ms: Math.round(r.ms),
      threshold_ms: env().SLOW_REQUEST_MS,
    });
  }
}

/** One call the AI router made: `failure` is the failure kind, or null for a success. */
export function recordProviderCall(provider: string, task: string, failure: string | null): void {
  const m = instruments();
  m.providerCalls.inc({ provider, task, outcome: failure === null ? "success" : "failure" });
  if (failure !== null) m.providerFailures.inc({ provider, task, kind: failure });
}

export function recordCacheLookup(layer: string, hit: boolean): void {
  instruments().cacheLookups.inc({ layer, result: hit ? "hit" : "miss" });
}
