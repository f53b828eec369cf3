import { env } from "@/lib/env";

/**
 * The header carrying the TCP peer's address of a request. The HTTP server sets it on every
 * request (lib/api/socket-address.ts, installed at startup) and always overwrites what a client
 * sent, so it is the one address nobody can forge.
 */
export const SOCKET_ADDRESS_HEADER = "x-interviewmaster-socket-address";

const MAX_IP_LENGTH = 45;

const bounded = (ip: string | undefined | null): string | null => {
  const trimmed = ip?.trim();
  return trimmed ? trimmed.slice(0, MAX_IP_LENGTH) : null;
};

/** X-Forwarded-For as a list, left (the furthest client) to right (the nearest proxy). */
function forwardedChain(headers: Headers): string[] {
  const raw = headers.get("x-forwarded-for");
  if (!raw) return [];
  return raw
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * The n-th address from the right of the forwarded chain: each of the n trusted proxies in front
 * of us appended the address it was reached from, so everything further left is the client's
 * own say. A chain shorter than n (a request that skipped a proxy) gives its leftmost address.
 */
export function addressBehindProxies(chain: readonly string[], hops: number): string | null {
  if (chain.length === 0) return null;
  return chain[Math.max(0, chain.length - hops)] ?? null;
}

/**
 * The caller's address, as the audit log and the rate limits key on it. The one place that
 * decides which proxy headers to believe (every route, action and the web sign-in asks here):
 * on Vercel its own x-vercel-forwarded-for (Vercel's edge sets it and drops a client's);
 * with TRUST_PROXY_HOPS = 0 (the default) the socket's peer address, forwarded headers ignored;
 * with n > 0 the n-th address from the right of X-Forwarded-For.
 */
export function clientIp(headers: Headers): string | null {
  const { TRUST_PROXY_HOPS, VERCEL } = env();
  if (VERCEL) {
    const vercel = headers.get("x-vercel-forwarded-for")?.split(",")[0];
    return bounded(vercel ?? headers.get("x-real-ip"));
  }
  const socket = bounded(headers.get(SOCKET_ADDRESS_HEADER));
  if (TRUST_PROXY_HOPS === 0) return socket;
  return bounded(addressBehindProxies(forwardedChain(headers), TRUST_PROXY_HOPS)) ?? socket;
}

/** The rate-limit subject of an anonymous caller. */
export const ipSubject = (ip: string | null): string => `ip:${ip ?? "unknown"}`;
