import { cache } from "@/lib/cache";
import { logger } from "@/lib/logger";

/** Spec "Cache Invalidation Strategy": `analytics:{user_id}:dashboard`, dropped on change. */
export const dashboardKey = (userId: number) => `analytics:${userId}:dashboard`;
export const comparisonKey = (userId: number) => `analytics:${userId}:comparison`;
/** Bumped by every invalidation: an entry computed before it is never served after it. */
const analyticsVersionKey = (userId: number) => `analytics:${userId}:version`;

export const DASHBOARD_TTL_SECONDS = 15 * 60;
/** Other users' sessions move the percentile too; nothing invalidates on those, so it is short. */
export const COMPARISON_TTL_SECONDS = 5 * 60;
const VERSION_TTL_SECONDS = 2 * 24 * 60 * 60;

interface Entry<T> {
  v: string;
  data: T;
}

/**
 * Read-through in the shared cache (Redis, or in-process), versioned per user: a load that raced
 * an invalidation is stored under the old version and so never served. A cache failure only
 * costs the cache (the value is computed).
 */
export async function cachedForUser<T>(
  userId: number,
  key: string,
  ttlSeconds: number,
  load: () => Promise<T>,
): Promise<{ value: T; cached: boolean }> {
  let version = "0";
  try {
    const [v, raw] = await Promise.all([
      cache().get(analyticsVersionKey(userId)),
      cache().get(key),
    ]);
    version = v ?? "0";
    if (raw !== null) {
      const entry = JSON.parse(raw) as Entry<T>;
      if (entry.v === version) return { value: entry.data, cached: true };
    }
  } catch (error) {
    logger.warn("analytics cache read failed", { key, error: String(error) });
  }
  const value = await load();
  try {
    await cache().set(
      key,
      JSON.stringify({ v: version, data: value } satisfies Entry<T>),
      ttlSeconds,
    );
  } catch (error) {
    logger.warn("analytics cache write failed", { key, error: String(error) });
  }
  return { value, cached: false };
}

/** On session completion, abandonment and profile change: the user's analytics are recomputed. */
export async function invalidateAnalytics(userId: number): Promise<void> {
  await cache().incr(analyticsVersionKey(userId), VERSION_TTL_SECONDS);
  await cache().del(dashboardKey(userId), comparisonKey(userId));
}
