import { promoteListedAdmin } from "@/lib/admin/roles";
import { audit, type AuditContext } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { conflict } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { registerSchema, type RegisterInput } from "@/lib/validations/auth";
import { parseInput } from "@/lib/validations/parse";

const DUPLICATE_EMAIL_MESSAGE = "An account with this email already exists";

/** Creates an account (spec registration rules); 409 when the email is taken. */
export async function registerUser(raw: unknown, context: AuditContext = {}) {
  const input: RegisterInput = parseInput(registerSchema, raw);
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: {
        email: input.email,
        name: input.name,
        passwordHash,
        ...(input.timezone ? { timezone: input.timezone } : {}),
      },
    });
    await audit("user.registered", user.id, context);
    return await promoteListedAdmin(user, context);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(DUPLICATE_EMAIL_MESSAGE);
    throw error;
  }
}
