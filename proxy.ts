import { NextResponse, type NextRequest } from "next/server";
import { requestIdFrom } from "@/lib/api/request-id";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { env } from "@/lib/env";
import {
  contentSecurityPolicy,
  corsHeaders,
  createNonce,
  securityHeaders,
} from "@/lib/security/headers";

// Session cookies next-auth sets (the __Secure- form on HTTPS).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const SIGNED_IN_AREA = [
  "/dashboard",
  "/interviews",
  "/profile",
  "/admin",
  "/community",
  "/resumes",
  "/jobs",
];

const inArea = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/**
 * next-auth refuses a callback URL it cannot parse (query or cookie) before any callback of ours
 * runs: a 500, or a "Configuration" error page, on every sign-in of that browser while the cookie
 * stays. Such values are replaced with a safe one (lib/auth/callback-url.ts) on the way in, and
 * the browser gets the repaired cookie back. Returns the repaired URL when the query needs it.
 */
function repairCallbackUrls(request: NextRequest): {
  url: URL | null;
  cookies: { name: string; value: string }[];
} {
  // The origin the browser used (nextUrl says "localhost" for 127.0.0.1 under next dev).
  const host = request.headers.get("host");
  const origin = host ? `${request.nextUrl.protocol}//${host}` : request.nextUrl.origin;
  let url: URL | null = null;
  const param = request.nextUrl.searchParams.get("callbackUrl");
  if (param !== null) {
    const safe = safeCallbackUrl(param, origin);
    if (safe !== param && !(param.startsWith("/") && safe === `${origin}${param}`)) {
      url = request.nextUrl.clone();
      url.searchParams.set("callbackUrl", safe);
    }
  }
  const cookies: { name: string; value: string }[] = [];
  for (const name of CALLBACK_COOKIES) {
    const value = request.cookies.get(name)?.value;
    if (value === undefined) continue;
    const safe = safeCallbackUrl(value, origin);
    if (safe === value || (value.startsWith("/") && safe === `${origin}${value}`)) continue;
    request.cookies.set(name, safe);
    cookies.push({ name, value: safe });
  }
  return { url, cookies };
}

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

  const repaired = path.startsWith("/api/auth/") ? repairCallbackUrls(request) : null;
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  if (path.startsWith("/api/auth/") && config.TRUST_PROXY_HOPS === 0 && !config.VERCEL) {
    const host = request.headers.get("host");
    if (host) headers.set("x-forwarded-host", host);
    else headers.delete("x-forwarded-host");
  }
  // 307 keeps the method and body: the browser asks again with the repaired callbackUrl.
  const response = repaired?.url
    ? NextResponse.redirect(repaired.url, 307)
    : NextResponse.next({ request: { headers } });
  for (const cookie of repaired?.cookies ?? []) {
    response.cookies.set(cookie.name, cookie.value, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: cookie.name.startsWith("__Secure-"),
    });
  }
  return finish(response);
}

export const config = {
  // Everything but build assets and the icon (their headers come from next.config.mjs).
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
