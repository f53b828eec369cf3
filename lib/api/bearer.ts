import { cache } from "@/lib/cache";
import { verifyAccessToken, type AccessClaims } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { findActiveUser } from "@/lib/users/get-user";

export interface ApiUser {
  id: number;
  email: string;
  role: "user" | "admin";
  claims: AccessClaims;
}

const revokedAccessKey = (jti: string) => `revoked:access:${jti}`;

/** Validates `Authorization: Bearer <access token>` and that the account is still usable. */
export async function authenticateBearer(header: string | null): Promise<ApiUser> {
  const match = header?.match(/^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i);
  if (!match?.[1]) {
    throw new AppError("AUTHENTICATION_ERROR", "Missing or invalid Authorization header");
  }
  const claims = await verifyAccessToken(match[1]);
  if (await cache().get(revokedAccessKey(claims.jti))) {
    throw new AppError("AUTHENTICATION_ERROR", "Token revoked");
  }
  const user = await findActiveUser(claims.userId);
  if (!user) throw new AppError("AUTHENTICATION_ERROR", "Account no longer exists");
  if (user.accountStatus === "suspended") {
    throw new AppError("AUTHORIZATION_ERROR", "This account is suspended");
  }
  return { id: user.id, email: user.email, role: user.role, claims };
}

/** Logout also retires the access token for the rest of its 15 minutes. */
export async function revokeAccessToken(claims: AccessClaims): Promise<void> {
  const remaining = claims.exp - Math.floor(Date.now() / 1000);
  if (remaining > 0) await cache().set(revokedAccessKey(claims.jti), "1", remaining);
}
