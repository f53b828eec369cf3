import { env } from "@/lib/env";

/**
 * The site's origin for links in mails: NEXTAUTH_URL when set (a deployment should set it), else
 * the Host the request came to (which, for a mail the requester receives, only they could forge).
 */
export function publicOrigin(headers: Headers): string {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = headers.get("host") ?? "localhost:3000";
  const proto = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
