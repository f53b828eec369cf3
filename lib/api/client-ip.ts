/**
 * The caller's address, as the audit log and the rate limits key on it: the first address of
 * X-Forwarded-For, else X-Real-IP. The one place that decides which proxy headers to believe
 * (every route, action and the web sign-in asks here).
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim() || null;
  return ip ? ip.slice(0, 45) : null;
}

/** The rate-limit subject of an anonymous caller. */
export const ipSubject = (ip: string | null): string => `ip:${ip ?? "unknown"}`;
