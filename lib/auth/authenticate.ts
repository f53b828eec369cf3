import { promoteListedAdmin } from "@/lib/admin/roles";
import {
  accountSubject,
  blockedUntil,
  clearFailures,
  enforceRateLimit,
  recordFailure,
} from "@/lib/api/rate-limit";
import { audit, type AuditContext } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loginSchema } from "@/lib/validations/auth";
import { parseInput } from "@/lib/validations/parse";
import { burnPasswordCheck, verifyPassword } from "./password";

const INVALID = "Invalid email or password";

function lockedError(until: Date): AppError {
  const retryAfter = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError(
    "ACCOUNT_LOCKED",
    `Too many failed sign-ins for this email; try again after ${until.toISOString()}`,
    {
      headers: { "Retry-After": String(retryAfter) },
      details: { locked_until: until.toISOString() },
    },
  );
}

/** The user row the password is checked against, or null when no usable account has the email. */
async function findLoginUser(email: string) {
  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  return user && !user.deletedAt ? user : null;
}

/**
 * Verifies credentials (shared by the web sign-in and the API login). Lockout after 5 failures
 * for 15 minutes is kept per email in the rate limiter, so an unknown email locks exactly like a
 * known one, and every path does the same work (one lookup, one bcrypt comparison, one limiter
 * update, one audit row): neither the answer nor its timing says whether an account exists.
 */
export async function authenticate(raw: unknown, context: AuditContext = {}) {
  const { email, password } = parseInput(loginSchema, raw);
  const subject = accountSubject(email);
  // Per-account budget on top of the caller's per-address one (password spraying from many
  // addresses against one account).
  await enforceRateLimit("auth:login:account", subject);
  const [lockedUntil, user] = await Promise.all([
    blockedUntil("auth:lockout", subject),
    findLoginUser(email),
  ]);
  const passwordOk = user
    ? await verifyPassword(password, user.passwordHash)
    : await burnPasswordCheck(password).then(() => false);

  if (lockedUntil) {
    await audit("auth.login_locked", user?.id ?? null, context);
    throw lockedError(lockedUntil);
  }
  if (!user || !passwordOk) {
    const lockedNow = await recordFailure("auth:lockout", subject);
    await audit("auth.login_failed", user?.id ?? null, context, {
      reason: user ? "bad_password" : "unknown_email",
      ...(lockedNow ? { locked_until: lockedNow.toISOString() } : {}),
    });
    if (lockedNow) throw lockedError(lockedNow);
    throw new AppError("AUTHENTICATION_ERROR", INVALID);
  }
  if (user.accountStatus === "suspended") {
    await audit("auth.login_suspended", user.id, context);
    throw new AppError("AUTHORIZATION_ERROR", "This account is suspended");
  }
  await clearFailures("auth:lockout", subject);
  const { passwordHash: _omit, ...safe } = user;
  await audit("auth.login", user.id, context);
  return promoteListedAdmin(safe, context);
}
