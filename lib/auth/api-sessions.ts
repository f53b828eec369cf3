import { randomUUID } from "node:crypto";
import { audit, type AuditContext } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { toUserDto } from "@/lib/users/user-dto";
import { refreshSchema } from "@/lib/validations/auth";
import { parseInput } from "@/lib/validations/parse";
import { authenticate } from "./authenticate";
import { revokeAllSessions } from "./revocation";
import {
  ACCESS_TOKEN_TTL_SECONDS,
  hashToken,
  issueAccessToken,
  issueRefreshToken,
  verifyRefreshToken,
} from "./tokens";

type TokenUser = { id: number; email: string; role: "user" | "admin"; sessionVersion: number };

async function issuePair(user: TokenUser, familyId: string, context: AuditContext) {
  const access = await issueAccessToken(user);
  const refresh = await issueRefreshToken(user.id, familyId);
  await db.refreshToken.create({
    data: {
      userId: user.id,
      tokenHash: refresh.hash,
      familyId,
      deviceFingerprint: context.userAgent?.slice(0, 255) ?? null,
      expiresAt: new Date(refresh.claims.exp * 1000),
    },
  });
  return {
    access_token: access.token,
    refresh_token: refresh.token,
    token_type: "Bearer" as const,
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
  };
}

/** POST /auth/login: credentials → access + refresh tokens (a new token family per login). */
export async function loginWithTokens(raw: unknown, context: AuditContext = {}) {
  const user = await authenticate(raw, context);
  const pair = await issuePair(user, randomUUID(), context);
  const dto = toUserDto(user);
  return {
    ...pair,
    user: {
      id: dto.id,
      email: dto.email,
      name: dto.name,
      target_role: dto.target_role,
      experience_level: dto.experience_level,
    },
  };
}

/**
 * POST /auth/refresh: rotates the refresh token. Presenting a token that was already rotated
 * means it leaked, so the whole family is revoked (RFC 6819 §5.2.2.3 style reuse detection).
 */
export async function refreshTokens(raw: unknown, context: AuditContext = {}) {
  const { refresh_token } = parseInput(refreshSchema, raw);
  const claims = await verifyRefreshToken(refresh_token);
  const hash = hashToken(refresh_token);
  // Revoke-if-active in one statement: of two concurrent refreshes with one token, one wins.
  const rotated = await db.refreshToken.updateMany({
    where: { tokenHash: hash, revoked: false, expiresAt: { gt: new Date() } },
    data: { revoked: true, revokedAt: new Date() },
  });
  if (rotated.count !== 1) {
    const known = await db.refreshToken.findUnique({ where: { tokenHash: hash } });
    if (known?.revoked) {
      await db.refreshToken.updateMany({
        where: { familyId: known.familyId, revoked: false },
        data: { revoked: true, revokedAt: new Date() },
      });
      await audit("auth.refresh_reuse_detected", known.userId, context, { family: known.familyId });
    }
    throw new AppError("AUTHENTICATION_ERROR", "Invalid or expired refresh token");
  }
  const user = await db.user.findUnique({ where: { id: claims.userId } });
  if (!user || user.deletedAt || user.accountStatus === "suspended") {
    throw new AppError("AUTHENTICATION_ERROR", "Invalid or expired refresh token");
  }
  return issuePair(user, claims.familyId, context);
}

/** POST /auth/logout: revokes the presented refresh token's family (this device's session). */
export async function logoutTokens(userId: number, raw: unknown, context: AuditContext = {}) {
  const { refresh_token } = parseInput(refreshSchema, raw);
  const known = await db.refreshToken.findUnique({
    where: { tokenHash: hashToken(refresh_token) },
  });
  if (known && known.userId === userId) {
    await db.refreshToken.updateMany({
      where: { familyId: known.familyId, revoked: false },
      data: { revoked: true, revokedAt: new Date() },
    });
  }
  await audit("auth.logout", userId, context);
  return { logged_out: true };
}

/**
 * POST /auth/logout-all: ends every session of the user, API and web alike (every refresh
 * token, every access token and every web session cookie).
 */
export async function logoutAllTokens(userId: number, context: AuditContext = {}) {
  const { refreshTokensRevoked } = await revokeAllSessions(userId, "logout_all", context);
  await audit("auth.logout_all", userId, context, { revoked: refreshTokensRevoked });
  return { logged_out: true, sessions_revoked: refreshTokensRevoked };
}
