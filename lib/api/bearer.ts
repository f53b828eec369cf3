import { cache } from "@/lib/cache";
import { sessionState } from "@/lib/auth/revocation";
import { verifyAccessToken, type AccessClaims } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";

export interface ApiUser {
  id: number;
  email: string;
  role: "user" | "admin";
  claims: AccessClaims;
}

const revokedAccessKey = (jti: string) => `revoked:access:${jti}`;

/**
 * Validates `Authorization: Bearer <access token>`, that the account is still usable and that no
 * "end all sessions" (logout everywhere, password change, suspension) came after the token.
 */
export async function authenticateBearer(header: string | null): Promise<ApiUser> {
  const match = header?.match(/^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i);
  if (!match?.[1]) {
    throw new AppError("AUTHENTICATION_ERROR", "Missing or invalid Authorization header");
  }
  const claims = await verifyAccessToken(match[1]);
  if (await cache().get(revokedAccessKey(claims.jti))) {
    throw new AppError("AUTHENTICATION_ERROR", "Token revoked");
  }
  const user = await sessionState(claims.userId);
  if (!user) throw new AppError("AUTHENTICATION_ERROR", "Account no longer exists");
  if (user.accountStatus === "suspended") {
    throw new AppError("AUTHORIZATION_ERROR", "This account is suspended");
  }
  if (user.sessionVersion !== claims.sv)
    throw new AppError("AUTHENTICATION_ERROR", "Token revoked");
  return { id: claims.userId, email: user.email, role: user.role, claims };
}

/** Logout also retires the access token for the rest of its 15 minutes. */
export async function revokeAccessToken(claims: AccessClaims): Promise<void> {
  const remaining = claims.exp - Math.floor(Date.now() / 1000);
  if (remaining > 0) await cache().set(revokedAccessKey(claims.jti), "1", remaining);
}
