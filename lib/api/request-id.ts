import { randomBytes } from "node:crypto";

const INCOMING = /^[A-Za-z0-9_.:-]{8,80}$/;

/** Honours a caller's X-Request-Id when it looks sane, so traces join up across services. */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get("x-request-id");
  if (incoming && INCOMING.test(incoming)) return incoming;
  return `req_${randomBytes(9).toString("base64url")}`;
}

/** First address of X-Forwarded-For, else X-Real-IP; what the audit log and rate limits key on. */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim() || null;
  return ip ? ip.slice(0, 45) : null;
}
