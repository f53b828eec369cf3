import { AppError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for cookie-authenticated requests that change something:
 * the browser's Sec-Fetch-Site when it sends one, else the Origin header against the Host. Safe
 * methods pass (they change nothing; an EventSource is a GET).
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const site = request.headers.get("sec-fetch-site");
  if (site) {
    if (site === "same-origin" || site === "none") return;
    throw forbidden();
  }
  const origin = request.headers.get("origin");
  // Host as the browser sent it; a forwarded host is a client's claim.
  const host = request.headers.get("host");
  if (!origin || !host) throw forbidden();
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbidden();
  }
  if (originHost !== host) throw forbidden();
}

const forbidden = () =>
  new AppError("AUTHORIZATION_ERROR", "Cross-site requests are not accepted; use a Bearer token");
