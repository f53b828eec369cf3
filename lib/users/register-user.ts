import { promoteListedAdmin } from "@/lib/admin/roles";
import { audit, type AuditContext } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { sealedName } from "./sealed-name";
import { isUniqueViolation } from "@/lib/db/errors";
import { conflict } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { sendVerificationEmail } from "@/lib/auth/email-verification";
import type { MailContext } from "@/lib/auth/password-reset";
import { logger } from "@/lib/logger";
import { registerSchema, type RegisterInput } from "@/lib/validations/auth";
import { parseInput } from "@/lib/validations/parse";

const DUPLICATE_EMAIL_MESSAGE = "An account with this email already exists";

/** Creates an account (spec registration rules); 409 when the email is taken. */
export async function registerUser(raw: unknown, context: AuditContext = {}) {
  const input: RegisterInput = parseInput(registerSchema, raw);
  const passwordHash = await hashPassword(input.password);
  try {
    // The name is sealed to the row's id, known once the row exists: written in the same transaction.
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email,
          name: "",
          passwordHash,
          ...(input.timezone ? { timezone: input.timezone } : {}),
        },
        select: { id: true },
      });
      return tx.user.update({
        where: { id: created.id },
        data: sealedName(input.name, created.id),
      });
    });
    await audit("user.registered", user.id, context);
    return await promoteListedAdmin(user, context);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(DUPLICATE_EMAIL_MESSAGE);
    throw error;
  }
}

/**
 * The verification mail of a new account. Registration has succeeded whatever happens to the
 * mail: a failure is logged, and the profile page offers to send it again.
 */
export async function sendWelcomeVerification(userId: number, context: MailContext): Promise<void> {
  try {
    await sendVerificationEmail(userId, context);
  } catch (error) {
    logger.warn("verification mail not sent at registration", { userId, error: String(error) });
  }
}
