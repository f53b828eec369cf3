import { enforceRateLimit } from "@/lib/api/rate-limit";
import { audit, type AuditContext } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { validationError } from "@/lib/errors";
import { deleteAccount } from "@/lib/users/update-profile";
import { changePasswordSchema, deleteAccountSchema } from "@/lib/validations/auth";
import { parseInput } from "@/lib/validations/parse";
import { hashPassword, verifyPassword } from "./password";
import { revokeAllSessions } from "./revocation";

/** The signed-in user proves it is them (password guessing from a stolen session is limited). */
async function confirmPassword(userId: number, password: string, field: string): Promise<void> {
  await enforceRateLimit("auth:reauth", `user:${userId}`);
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(password, user.passwordHash))) {
    throw validationError({ [field]: ["Password is incorrect"] }, "Password is incorrect");
  }
}

/**
 * Changes the password after checking the current one, then ends every session of the account
 * (web and API, every device, this one too): whoever knew the old password is out.
 */
export async function changePassword(userId: number, raw: unknown, context: AuditContext = {}) {
  const input = parseInput(changePasswordSchema, raw);
  await confirmPassword(userId, input.current_password, "current_password");
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.new_password) },
  });
  await revokeAllSessions(userId, "password_changed", context);
  await audit("auth.password_changed", userId, context);
  return { changed: true, signed_out: true };
}

/** Deletes the account and all its data after the password and a typed confirmation. */
export async function deleteOwnAccount(userId: number, raw: unknown, context: AuditContext = {}) {
  const input = parseInput(deleteAccountSchema, raw);
  await confirmPassword(userId, input.password, "password");
  return deleteAccount(userId, context);
}
