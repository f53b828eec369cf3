import { accountSubject, clearFailures, enforceRateLimit } from "@/lib/api/rate-limit";
import { audit, type AuditContext } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { validationError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail/send";
import { passwordResetRequestSchema, passwordResetSchema } from "@/lib/validations/auth";
import { parseInput } from "@/lib/validations/parse";
import { newMailToken, hashToken } from "./mail-tokens";
import { hashPassword } from "./password";
import { revokeAllSessions } from "./revocation";

const RESET_TTL_MINUTES = 60;
const INVALID_LINK = "This reset link is invalid or has expired; ask for a new one";

export interface MailContext extends AuditContext {
  /** Origin for the link in the mail (lib/auth/public-origin.ts). */
  origin: string;
}

/**
 * "Forgot password": mails a one-hour reset link when an account has this email. The answer is
 * the same either way and the mail goes out in the background, so neither the answer nor its
 * timing says whether the account exists. Limited per address (by the caller) and per email.
 */
export async function requestPasswordReset(raw: unknown, context: MailContext) {
  const { email } = parseInput(passwordResetRequestSchema, raw);
  await enforceRateLimit("auth:mail:account", accountSubject(email));
  const user = await db.user.findUnique({ where: { email } });
  if (user && !user.deletedAt) {
    const { token, hash } = newMailToken();
    await db.$transaction([
      db.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } }),
      db.passwordResetToken.create({
        data: {
          userId: user.id,
          tokenHash: hash,
          expiresAt: new Date(Date.now() + RESET_TTL_MINUTES * 60_000),
        },
      }),
    ]);
    const link = `${context.origin}/reset-password?token=${token}`;
    void sendMail({
      to: user.email,
      subject: "Reset your InterviewMaster password",
      text:
        `Hello ${user.name},\n\nSomeone (hopefully you) asked to reset the password of your ` +
        `InterviewMaster account. Open this link within ${RESET_TTL_MINUTES} minutes to choose a ` +
        `new one:\n\n${link}\n\nIf you did not ask, ignore this mail: your password stays as it is.\n`,
    }).catch((error: unknown) =>
      logger.error("password reset mail failed", { userId: user.id, error: String(error) }),
    );
  }
  await audit("auth.password_reset_requested", user?.id ?? null, context, {
    known: Boolean(user && !user.deletedAt),
  });
  return {
    sent: true,
    message: "If an account exists for that email, a reset link is on its way.",
  };
}

/**
 * Sets a new password with a reset link's token (once, within its hour), ends every session of
 * the account (a thief signed in with the old password is out) and lifts a sign-in lockout.
 */
export async function resetPassword(raw: unknown, context: AuditContext = {}) {
  const { token, password } = parseInput(passwordResetSchema, raw);
  const record = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, email: true, deletedAt: true } } },
  });
  if (!record || record.usedAt || record.expiresAt <= new Date() || record.user.deletedAt) {
    throw validationError({ token: [INVALID_LINK] }, INVALID_LINK);
  }
  const passwordHash = await hashPassword(password);
  // Claiming the token and setting the password commit together; of two uses, one wins.
  const claimed = await db.$transaction(async (tx) => {
    const { count } = await tx.passwordResetToken.updateMany({
      where: { id: record.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (count !== 1) return false;
    await tx.user.update({ where: { id: record.userId }, data: { passwordHash } });
    return true;
  });
  if (!claimed) throw validationError({ token: [INVALID_LINK] }, INVALID_LINK);
  await revokeAllSessions(record.userId, "password_reset", context);
  await clearFailures("auth:lockout", accountSubject(record.user.email));
  await audit("auth.password_reset", record.userId, context);
  return { reset: true, email: record.user.email };
}
