/**
 * The HTTP security policy of every response (set by proxy.ts): a nonce-based Content Security
 * Policy, HSTS, framing, referrer and permissions policies, and CORS for configured origins.
 * Pure functions of the request's facts so they are testable without a server.
 */

export interface CspOptions {
  nonce: string;
  /** `next dev` evaluates code and opens a hot-reload socket. */
  dev: boolean;
  /** Over HTTPS every subresource request is upgraded too. */
  https: boolean;
}

/**
 * Scripts run only with this response's nonce (Next.js puts it on its own scripts) or when such a
 * script loaded them ('strict-dynamic'); no inline script without the nonce, no eval outside dev.
 * Styles allow inline: React and Radix set style attributes, which nonces cannot cover.
 */
export function contentSecurityPolicy({ nonce, dev, https }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...(dev ? ["ws:", "wss:"] : [])],
    // Recorded answers play back from blob: URLs.
    ["media-src", "'self'", "blob:"],
    ["worker-src", "'self'", "blob:"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["manifest-src", "'self'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/** A fresh 128-bit nonce, base64 (Web Crypto, so it works in any runtime). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Headers every response carries, page or API. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    "Content-Security-Policy": csp,
    // Two years, subdomains too; browsers ignore it over plain HTTP (local development).
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // Spoken answers record from the microphone on our own pages; nothing else may.
    "Permissions-Policy":
      "camera=(), microphone=(self), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
}

const CORS_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
const CORS_REQUEST_HEADERS = "Authorization, Content-Type, X-Request-Id";
const CORS_EXPOSED_HEADERS = "X-Request-Id, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining";

/**
 * CORS for the API: only an Origin listed in CORS_ORIGINS gets the Access-Control headers (the
 * browser refuses every other cross-origin read). Bearer tokens, not cookies, so no credentials.
 */
export function corsHeaders(
  origin: string | null,
  allowed: readonly string[],
  preflight: boolean,
): Record<string, string> | null {
  if (!origin || !allowed.includes(origin)) return null;
  const headers: Record<string, string> = {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Expose-Headers": CORS_EXPOSED_HEADERS,
    Vary: "Origin",
  };
  if (preflight) {
    headers["Access-Control-Allow-Methods"] = CORS_METHODS;
    headers["Access-Control-Allow-Headers"] = CORS_REQUEST_HEADERS;
    headers["Access-Control-Max-Age"] = "600";
  }
  return headers;
}
