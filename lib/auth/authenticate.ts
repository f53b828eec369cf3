import { promoteListedAdmin } from "@/lib/admin/roles";
import { audit, type AuditContext } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loginSchema } from "@/lib/validations/auth";
import { parseInput } from "@/lib/validations/parse";
import { burnPasswordCheck, verifyPassword } from "./password";

const MAX_FAILED_LOGINS = 5;
const LOCKOUT_MINUTES = 15;
const INVALID = "Invalid email or password";

function lockedError(until: Date): AppError {
  const retryAfter = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError(
    "ACCOUNT_LOCKED",
    `Account locked after ${MAX_FAILED_LOGINS} failed logins; try again after ${until.toISOString()}`,
    {
      headers: { "Retry-After": String(retryAfter) },
      details: { locked_until: until.toISOString() },
    },
  );
}

/**
 * Counts a failed login in one statement so concurrent attempts cannot undercount; an expired
 * lock starts a fresh count. Returns the lock time when this failure locked the account.
 */
async function recordFailure(userId: number): Promise<Date | null> {
  // SET expressions all read the old row, so the new count is spelled out twice.
  const rows = await db.$queryRaw<{ locked_until: Date | null }[]>`
    UPDATE "users" SET
      "failed_login_attempts" = CASE WHEN "locked_until" <= now() THEN 1 ELSE "failed_login_attempts" + 1 END,
      "locked_until" = CASE
        WHEN (CASE WHEN "locked_until" <= now() THEN 1 ELSE "failed_login_attempts" + 1 END) >= ${MAX_FAILED_LOGINS}::int
          THEN now() + make_interval(mins => ${LOCKOUT_MINUTES}::int)
        WHEN "locked_until" <= now() THEN NULL
        ELSE "locked_until" END
    WHERE "id" = ${userId}
    RETURNING "locked_until"`;
  return rows[0]?.locked_until ?? null;
}

/**
 * Verifies credentials with lockout (5 failures → 423 for 15 minutes). Shared by the web sign-in
 * (next-auth) and the API login.
 */
export async function authenticate(raw: unknown, context: AuditContext = {}) {
  const { email, password } = parseInput(loginSchema, raw);
  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  if (!user || user.deletedAt) {
    await burnPasswordCheck(password);
    await audit("auth.login_failed", null, context, { reason: "unknown_email" });
    throw new AppError("AUTHENTICATION_ERROR", INVALID);
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await audit("auth.login_locked", user.id, context);
    throw lockedError(user.lockedUntil);
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    const lockedUntil = await recordFailure(user.id);
    await audit("auth.login_failed", user.id, context, { reason: "bad_password" });
    if (lockedUntil && lockedUntil > new Date()) {
      await audit("auth.account_locked", user.id, context);
      throw lockedError(lockedUntil);
    }
    throw new AppError("AUTHENTICATION_ERROR", INVALID);
  }
  if (user.accountStatus === "suspended") {
    await audit("auth.login_suspended", user.id, context);
    throw new AppError("AUTHORIZATION_ERROR", "This account is suspended");
  }
  const { passwordHash: _omit, ...safe } = user;
  if (user.failedLoginAttempts > 0 || user.lockedUntil) {
    await db.user.update({
      where: { id: user.id },
      data: { failedLoginAttempts: 0, lockedUntil: null },
    });
  }
  await audit("auth.login", user.id, context);
  return promoteListedAdmin({ ...safe, failedLoginAttempts: 0, lockedUntil: null }, context);
}
