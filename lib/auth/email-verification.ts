import { accountSubject, enforceRateLimit } from "@/lib/api/rate-limit";
import { audit, type AuditContext } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { validationError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send";
import { invalidateUser } from "@/lib/users/get-user";
import { emailVerificationSchema } from "@/lib/validations/auth";
import { parseInput } from "@/lib/validations/parse";
import { hashToken, newMailToken } from "./mail-tokens";
import type { MailContext } from "./password-reset";

const VERIFY_TTL_HOURS = 48;
const INVALID_LINK = "This verification link is invalid or has expired; ask for a new one";

/**
 * Mails a link that confirms the account's email (48 hours; a new one replaces the old). Sent
 * at registration and on request from the profile; nothing when the email is already verified.
 */
export async function sendVerificationEmail(userId: number, context: MailContext) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.deletedAt) return { sent: false, already_verified: false };
  if (user.emailVerified) return { sent: false, already_verified: true };
  await enforceRateLimit("auth:verify:account", accountSubject(user.email));
  const { token, hash } = newMailToken();
  await db.$transaction([
    db.emailVerificationToken.deleteMany({ where: { userId, usedAt: null } }),
    db.emailVerificationToken.create({
      data: {
        userId,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + VERIFY_TTL_HOURS * 3_600_000),
      },
    }),
  ]);
  await sendMail({
    to: user.email,
    subject: "Confirm your email for InterviewMaster",
    text:
      `Hello ${user.name},\n\nPlease confirm that this is your email address by opening this ` +
      `link within ${VERIFY_TTL_HOURS} hours:\n\n${context.origin}/verify-email?token=${token}\n\n` +
      `If you did not create an InterviewMaster account, ignore this mail.\n`,
  });
  await audit("auth.verification_sent", userId, context);
  return { sent: true, already_verified: false };
}

/** Confirms the email of the link's account (the link works once). */
export async function verifyEmail(raw: unknown, context: AuditContext = {}) {
  const { token } = parseInput(emailVerificationSchema, raw);
  const record = await db.emailVerificationToken.findUnique({
    where: { tokenHash: hashToken(token) },
  });
  if (!record || record.usedAt || record.expiresAt <= new Date()) {
    throw validationError({ token: [INVALID_LINK] }, INVALID_LINK);
  }
  const [claimed] = await db.$transaction([
    db.emailVerificationToken.updateMany({
      where: { id: record.id, usedAt: null },
      data: { usedAt: new Date() },
    }),
    db.user.update({
      where: { id: record.userId },
      data: { emailVerified: true },
    }),
  ]);
  if (claimed.count !== 1) throw validationError({ token: [INVALID_LINK] }, INVALID_LINK);
  await invalidateUser(record.userId);
  await audit("auth.email_verified", record.userId, context);
  return { verified: true };
}
