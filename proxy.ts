import { NextResponse, type NextRequest } from "next/server";
import { requestIdFrom } from "@/lib/api/request-id";
import { env } from "@/lib/env";
import {
  contentSecurityPolicy,
  corsHeaders,
  createNonce,
  securityHeaders,
} from "@/lib/security/headers";

// Session cookies next-auth sets (the __Secure- form on HTTPS).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const SIGNED_IN_AREA = ["/dashboard", "/interviews", "/profile", "/admin"];

const inArea = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Every request except static files passes here:
 * - a request id (X-Request-Id) that route handlers, pages and actions log with and every
 *   response carries;
 * - a per-request CSP nonce (Next.js reads it from the request's CSP header and puts it on its
 *   scripts; the root layout reads x-nonce) and the security headers of lib/security/headers.ts;
 * - CORS for /api/v1 from configured origins only;
 * - next-auth (/api/auth) sees the Host the request was sent to as its origin, never a client's
 *   X-Forwarded-Host, unless trusted proxies set it;
 * - signed-out visitors of the signed-in area go to /login?from=… (only the cookie's presence is
 *   checked here; pages verify the session itself).
 */
export function proxy(request: NextRequest) {
  const config = env();
  const path = request.nextUrl.pathname;
  const requestId = requestIdFrom(request.headers);
  const nonce = createNonce();
  const csp = contentSecurityPolicy({
    nonce,
    dev: config.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });
  const isApi = path.startsWith("/api/v1/") || path === "/api/v1";
  const cors = isApi
    ? corsHeaders(request.headers.get("origin"), config.CORS_ORIGINS, request.method === "OPTIONS")
    : null;

  const finish = (response: NextResponse) => {
    for (const [key, value] of Object.entries(securityHeaders(csp)))
      response.headers.set(key, value);
    for (const [key, value] of Object.entries(cors ?? {})) response.headers.set(key, value);
    response.headers.set("X-Request-Id", requestId);
    // Anything answered to a signed-in caller is theirs alone: never stored by a cache.
    const signedIn =
      SESSION_COOKIES.some((name) => request.cookies.has(name)) ||
      request.headers.has("authorization");
    if (signedIn || path.startsWith("/api/")) response.headers.set("Cache-Control", "no-store");
    return response;
  };

  if (
    isApi &&
    request.method === "OPTIONS" &&
    request.headers.has("access-control-request-method")
  ) {
    return finish(new NextResponse(null, { status: cors ? 204 : 403 }));
  }

  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && SIGNED_IN_AREA.some((prefix) => inArea(path, prefix))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("from", `${path}${request.nextUrl.search}`);
    return finish(NextResponse.redirect(login));
  }

  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  if (path.startsWith("/api/auth/") && config.TRUST_PROXY_HOPS === 0 && !config.VERCEL) {
    const host = request.headers.get("host");
    if (host) headers.set("x-forwarded-host", host);
    else headers.delete("x-forwarded-host");
  }
  return finish(NextResponse.next({ request: { headers } }));
}

export const config = {
  // Everything but build assets and the icon (their headers come from next.config.mjs).
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
