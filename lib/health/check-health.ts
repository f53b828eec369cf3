import { cache } from "@/lib/cache";
import { db } from "@/lib/db/client";
import { env, isInngestConfigured } from "@/lib/env";
import { logger } from "@/lib/logger";

type Check = { status: "ok" | "error"; latency_ms: number; error?: string; kind?: string };

async function timed(kind: string, probe: () => Promise<unknown>): Promise<Check> {
  const started = performance.now();
  try {
    await probe();
    return { status: "ok", kind, latency_ms: Math.round(performance.now() - started) };
  } catch (error) {
    // The endpoint is public: the cause (hosts, ports, driver text) goes to the log only.
    logger.warn("health check failed", { kind, error: String(error).slice(0, 500) });
    return {
      status: "error",
      kind,
      latency_ms: Math.round(performance.now() - started),
      error: "unreachable",
    };
  }
}

/** GET /health: the database must answer; the cache may be degraded (the app copes without it). */
export async function checkHealth() {
  const e = env();
  const [database, cacheCheck] = await Promise.all([
    timed(e.DATABASE_URL ? "postgresql" : "embedded-pglite", () => db.$queryRawUnsafe("SELECT 1")),
    timed(e.REDIS_URL ? "redis" : "in-process", async () => {
      await cache().set("health:probe", "1", 10);
      if ((await cache().get("health:probe")) !== "1") throw new Error("cache read-back failed");
    }),
  ]);
  const healthy = database.status === "ok";
  return {
    healthy,
    body: {
      status: healthy ? (cacheCheck.status === "ok" ? "healthy" : "degraded") : "unhealthy",
      checks: {
        database,
        cache: cacheCheck,
        jobs: { kind: isInngestConfigured(e) ? "inngest" : "in-process" },
      },
      timestamp: new Date().toISOString(),
    },
  };
}
