import { NextResponse, type NextRequest } from "next/server";

// Session cookies next-auth sets (the __Secure- form on HTTPS).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Sends signed-out visitors of the signed-in area to /login?from=… before any page renders.
 * Only the cookie's presence is checked here; pages verify the session itself (requireUser).
 */
export function proxy(request: NextRequest) {
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedIn) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("from", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    "/dashboard/:path*",
    "/interviews/:path*",
    "/profile/:path*",
    "/admin/:path*",
    "/community/:path*",
  ],
};
