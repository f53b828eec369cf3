import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp, ipSubject } from "@/lib/api/client-ip";
import { enforceRateLimit } from "@/lib/api/rate-limit";
import { applyNextAuthDefaults } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { authenticate } from "./authenticate";
import { authSecret } from "./secret";

const WEB_SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/** Shape of the error message the sign-in form receives: the API's code and message. */
function encodeSignInError(code: string, message: string, details?: unknown): string {
  return JSON.stringify({ code, message, details: details ?? null });
}

let options: NextAuthOptions | undefined;

/**
 * next-auth for the web app: the Credentials provider runs the same `authenticate` service as
 * the API (lockout, suspension), and sessions are JWTs in an httpOnly cookie. Built lazily so
 * `next build` needs no secret.
 */
export function authOptions(): NextAuthOptions {
  applyNextAuthDefaults();
  options ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: WEB_SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
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
            return { id: String(user.id), email: user.email, name: user.name, role: user.role };
          } catch (error) {
            if (isAppError(error))
              throw new Error(encodeSignInError(error.code, error.message, error.details));
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.role = user.role;
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
