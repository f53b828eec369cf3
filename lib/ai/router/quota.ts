import { cache } from "@/lib/cache";
import { quotaKey } from "@/lib/cache/keys";
import type { QuotaRule, RoutedProvider } from "../providers/types";

type Quoted = Pick<RoutedProvider, "name" | "quota">;

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;

/** The current window of a rule (UTC): `2026-11-22T10:15`, `2026-11-22` or `2026-11`. */
export function quotaWindow(rule: QuotaRule, now: Date = new Date()): string {
  const iso = now.toISOString();
  if (rule.window === "minute") return iso.slice(0, 16);
  if (rule.window === "day") return iso.slice(0, 10);
  return iso.slice(0, 7);
}

// Counters outlive their window a little, then expire on their own.
const WINDOW_TTL: Record<QuotaRule["window"], number> = {
  minute: 2 * MINUTE,
  day: 2 * DAY,
  month: 32 * DAY,
};

const keyOf = (p: Quoted, now?: Date) =>
  p.quota ? quotaKey(p.name, quotaWindow(p.quota, now)) : null;

/** Requests or characters used in the current window (shared by every process through the cache). */
export async function quotaUsed(p: Quoted): Promise<number> {
  const key = keyOf(p);
  return key ? Number((await cache().get(key)) ?? 0) : 0;
}

/** Share of the window still unused, 0..1 (1 for a provider without a quota). */
export async function quotaRemaining(p: Quoted): Promise<number> {
  if (!p.quota) return 1;
  return Math.max(0, 1 - (await quotaUsed(p)) / p.quota.limit);
}

/**
 * Claims room for one call before it is made (property 18): a request quota counts the request
 * now, atomically, so concurrent callers and other instances can never exceed it together; a
 * character quota checks that the prompt still fits and is charged after the call.
 */
export async function reserveQuota(p: Quoted, promptChars: number): Promise<boolean> {
  const key = keyOf(p);
  if (!p.quota || !key) return true;
  if (p.quota.unit === "requests") {
    return (await cache().incr(key, WINDOW_TTL[p.quota.window])) <= p.quota.limit;
  }
  return (await quotaUsed(p)) + promptChars <= p.quota.limit;
}

/** Charges a character quota with what a call sent and received. */
export async function chargeCharacters(p: Quoted, characters: number): Promise<void> {
  const key = keyOf(p);
  if (p.quota?.unit === "characters" && key && characters > 0) {
    await cache().incr(key, WINDOW_TTL[p.quota.window], characters);
  }
}
