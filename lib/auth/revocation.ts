import { audit, type AuditContext } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { invalidateUser } from "@/lib/users/get-user";

/** Why every session of a user was ended (kept in the audit log). */
export type RevocationReason =
  "logout_all" | "password_changed" | "password_reset" | "suspended" | "deleted";

/**
 * Ends every session of the user at once, on every instance: bumps the session version that web
 * session cookies and access tokens carry (each request compares it with the database, see
 * sessionIsCurrent) and revokes every refresh token.
 */
export async function revokeAllSessions(
  userId: number,
  reason: RevocationReason,
  context: AuditContext = {},
): Promise<{ sessionVersion: number; refreshTokensRevoked: number }> {
  const [user, refresh] = await db.$transaction([
    db.user.update({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    }),
    db.refreshToken.updateMany({
      where: { userId, revoked: false },
      data: { revoked: true, revokedAt: new Date() },
    }),
  ]);
  await invalidateUser(userId);
  await audit("auth.sessions_revoked", userId, context, {
    reason,
    refresh_tokens_revoked: refresh.count,
  });
  return { sessionVersion: user.sessionVersion, refreshTokensRevoked: refresh.count };
}

export interface SessionState {
  email: string;
  role: "user" | "admin";
  accountStatus: "active" | "suspended" | "pending_verification";
  sessionVersion: number;
}

/**
 * The account as sessions see it, read from the database on every request (not the profile
 * cache, which another instance may hold stale): null when the account is gone.
 */
export async function sessionState(userId: number): Promise<SessionState | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      role: true,
      accountStatus: true,
      sessionVersion: true,
      deletedAt: true,
    },
  });
  if (!user || user.deletedAt) return null;
  return user;
}

/** A session issued under `version` still counts: the account is usable and nothing revoked it. */
export function sessionIsCurrent(state: SessionState | null, version: number | undefined): boolean {
  return (
    state !== null && state.accountStatus !== "suspended" && state.sessionVersion === (version ?? 0)
  );
}
