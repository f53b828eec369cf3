import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp, ipSubject } from "@/lib/api/client-ip";
import { enforceRateLimit } from "@/lib/api/rate-limit";
import { applyNextAuthDefaults } from "@/lib/env";
import { logger } from "@/lib/logger";
import { normalizeError } from "@/lib/normalize-error";
import { authenticate } from "./authenticate";
import { safeCallbackUrl } from "./callback-url";
import { sessionIsCurrent, sessionState } from "./revocation";
import { authSecret } from "./secret";

const WEB_SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/**
 * The error message the sign-in form receives (next-auth puts it in the redirect URL): the API's
 * code and message for an AppError, the generic 500/503 text for anything else, never a
 * database's or library's own words.
 */
export function encodeSignInError(error: unknown): string {
  const app = normalizeError(error);
  return JSON.stringify({ code: app.code, message: app.message, details: app.details ?? null });
}

let options: NextAuthOptions | undefined;

/**
 * next-auth for the web app: the Credentials provider runs the same `authenticate` service as
 * the API (per-address and per-account limits, lockout, suspension), and sessions are JWTs in
 * an httpOnly cookie that carry the account's session version, checked on every request, so
 * "end all sessions" ends them at once. Built lazily so `next build` needs no secret.
 */
export function authOptions(): NextAuthOptions {
  applyNextAuthDefaults();
  options ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: WEB_SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    // next-auth's own messages through our logger; a revoked session is routine, not an error.
    logger: {
      error(code, metadata) {
        const message =
          metadata instanceof Error
            ? metadata.message
            : metadata.error instanceof Error
              ? metadata.error.message
              : JSON.stringify(metadata);
        if (code === "JWT_SESSION_ERROR" && message.includes("Session revoked")) {
          logger.info("web session revoked");
          return;
        }
        logger.error("next-auth error", { code, error: message });
      },
      warn(code) {
        logger.warn("next-auth warning", { code });
      },
      debug() {},
    },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const headers = new Headers(req.headers as Record<string, string>);
          const ip = clientIp(headers);
          try {
            // The same budget as the API's login, per address.
            await enforceRateLimit("auth:login", ipSubject(ip));
            const user = await authenticate(credentials, {
              ip,
              userAgent: headers.get("user-agent"),
            });
            return {
              id: String(user.id),
              email: user.email,
              name: user.name,
              role: user.role,
              sessionVersion: user.sessionVersion,
            };
          } catch (error) {
            throw new Error(encodeSignInError(error));
          }
        },
      }),
    ],
    callbacks: {
      redirect({ url, baseUrl }) {
        return safeCallbackUrl(url, baseUrl);
      },
      async jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.role = user.role;
          token.sv = user.sessionVersion;
          return token;
        }
        // A revoked session fails here; next-auth then answers "no session" and clears the cookie.
        if (token.uid && !sessionIsCurrent(await sessionState(token.uid), token.sv)) {
          throw new Error("Session revoked");
        }
        return token;
      },
      session({ session, token }) {
        if (token.uid) {
          session.user = { ...session.user, id: token.uid, role: token.role ?? "user" };
        }
        return session;
      },
    },
  };
  return options;
}
