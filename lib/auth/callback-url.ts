/**
 * next-auth's redirect callback: where to go after signing in or out. `url` comes from the
 * callbackUrl query parameter, form field or cookie, so anything may arrive (next-auth's default
 * answers 500 for an unparseable one, and a planted cookie then blocks every sign-in of that
 * browser). Only a path on this site or a URL of this origin is followed; anything else, or
 * anything that does not parse, lands on the site's root.
 */
export function safeCallbackUrl(url: unknown, baseUrl: string): string {
  if (typeof url !== "string" || url.length === 0 || url.length > 2048) return baseUrl;
  // Control characters and backslashes let browsers read a different URL than we checked.
  if (/[\u0000-\u001f\u007f\\]/.test(url)) return baseUrl;
  try {
    const base = new URL(baseUrl);
    if (url.startsWith("/")) {
      if (url.startsWith("//")) return baseUrl;
      const resolved = new URL(url, base);
      return resolved.origin === base.origin ? resolved.href : baseUrl;
    }
    const absolute = new URL(url);
    return absolute.origin === base.origin ? absolute.href : baseUrl;
  } catch {
    return baseUrl;
  }
}
