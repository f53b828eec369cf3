import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { LiveEvent } from "@/lib/validations/live";
import { MemoryLiveBus } from "./memory-bus";
import type * as RedisBusModule from "./redis-bus";
import type { LiveBus } from "./types";

const globalForLive = globalThis as unknown as { __interviewMasterLiveBus?: LiveBus };

function createBus(): LiveBus {
  const { REDIS_URL, CACHE_PREFIX } = env();
  if (!REDIS_URL) return new MemoryLiveBus();
  // Loaded on demand so the embedded setup never opens a socket.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RedisLiveBus } = require("./redis-bus") as typeof RedisBusModule;
  return new RedisLiveBus(REDIS_URL, CACHE_PREFIX);
}

/** The process-wide bus (created on first use; kept across dev hot reloads). */
export function liveBus(): LiveBus {
  globalForLive.__interviewMasterLiveBus ??= createBus();
  return globalForLive.__interviewMasterLiveBus;
}

/**
 * Tells a user's open pages that something changed. Never throws for delivery problems: a page
 * that misses an event still has polling (and resyncs on reconnect), so the caller's work must
 * not fail over it. An invalid event is a bug and does throw.
 */
export async function publishLiveEvent(userId: number, event: LiveEvent): Promise<void> {
  try {
    await liveBus().publish(userId, event);
  } catch (error) {
    if (isAppError(error)) throw error;
    logger.warn("live status: publish failed", { user_id: userId, error: String(error) });
  }
}

export async function closeLiveBus(): Promise<void> {
  const bus = globalForLive.__interviewMasterLiveBus;
  globalForLive.__interviewMasterLiveBus = undefined;
  await bus?.close();
}
