const INCOMING = /^[A-Za-z0-9_.:-]{8,80}$/;

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

/**
 * Honours a caller's X-Request-Id when it looks sane, so traces join up across services (the
 * proxy sets one on every request, so route handlers, pages and actions share it). Web Crypto,
 * so the proxy can use it in any runtime.
 */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get("x-request-id");
  if (incoming && INCOMING.test(incoming)) return incoming;
  return `req_${base64url(crypto.getRandomValues(new Uint8Array(9)))}`;
}
