/** Where to land after signing in when `?from=` is missing or unsafe. */
const DEFAULT_AFTER_LOGIN = "/dashboard";

/**
 * `?from=` only ever names a path on this site: a single leading "/", no "//" or "/\" (which
 * browsers treat as another host), no scheme, no control characters, and not the auth pages.
 */
export function safeRedirectPath(from: unknown, fallback = DEFAULT_AFTER_LOGIN): string {
  if (typeof from !== "string" || from.length === 0 || from.length > 2048) return fallback;
  if (!from.startsWith("/") || from.startsWith("//") || from.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(from)) return fallback;
  try {
    const base = "http://interviewmaster.invalid";
    const url = new URL(from, base);
    if (url.origin !== base) return fallback;
    if (url.pathname === "/login" || url.pathname === "/register") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** `?from=` as Next passes search params (a string, a repeated list, or absent). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
