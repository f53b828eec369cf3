import { createHash, timingSafeEqual } from "node:crypto";
import { evaluationQueue } from "@/lib/admin/system-status";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { instruments } from "./registry";

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Constant-time comparison of the Bearer token with METRICS_TOKEN (hashes: equal lengths). */
function tokenMatches(header: string | null, token: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "")?.[1];
  if (!presented) return false;
  return timingSafeEqual(digest(presented), digest(token));
}

/** The queue gauges are read from the database at scrape time (every instance sees the same). */
async function refreshEvaluationQueue(): Promise<void> {
  const m = instruments();
  try {
    const queue = await evaluationQueue();
    m.evaluationQueueDepth.set({ status: "pending" }, queue.pending);
    m.evaluationQueueDepth.set({ status: "processing" }, queue.processing);
    m.evaluationQueueOldest.set(queue.oldestAgeSeconds);
  } catch (error) {
    // The other series still go out; a stale queue reading is dropped rather than repeated.
    m.evaluationQueueDepth.reset();
    m.evaluationQueueOldest.reset();
    logger.warn("metrics: evaluation queue unreadable", { error: String(error) });
  }
}

/**
 * GET /metrics in the Prometheus text format. 404 while METRICS_TOKEN is unset (the endpoint
 * does not exist for anyone), 401 without the right `Authorization: Bearer <METRICS_TOKEN>`.
 * The event-loop delay window restarts after each scrape.
 */
export async function metricsResponse(request: Request): Promise<Response> {
  const token = env().METRICS_TOKEN;
  const noStore = { "Cache-Control": "no-store" };
  if (!token) return new Response("Not found\n", { status: 404, headers: noStore });
  if (!tokenMatches(request.headers.get("authorization"), token)) {
    return new Response("Unauthorized\n", {
      status: 401,
      headers: { ...noStore, "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
  }
  await refreshEvaluationQueue();
  const m = instruments();
  const body = await m.registry.metrics();
  m.eventLoopMonitor.reset();
  return new Response(body, {
    status: 200,
    headers: { ...noStore, "Content-Type": m.registry.contentType },
  });
}
