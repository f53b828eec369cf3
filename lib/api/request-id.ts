import { randomBytes } from "node:crypto";

const INCOMING = /^[A-Za-z0-9_.:-]{8,80}$/;

/** Honours a caller's X-Request-Id when it looks sane, so traces join up across services. */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get("x-request-id");
  if (incoming && INCOMING.test(incoming)) return incoming;
  return `req_${randomBytes(9).toString("base64url")}`;
}
