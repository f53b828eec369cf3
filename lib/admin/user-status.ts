import { audit, type AuditContext } from "@/lib/audit/log";
import { revokeAllSessions } from "@/lib/auth/revocation";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { invalidateUser } from "@/lib/users/get-user";
import { userStatusSchema } from "@/lib/validations/admin";
import { parseInput } from "@/lib/validations/parse";

/**
 * An administrator suspends or reinstates an account. Suspension ends every session of the
 * account at once (web and API, every instance); an administrator cannot suspend themself.
 */
export async function setUserStatus(
  adminId: number,
  userId: number,
  raw: unknown,
  context: AuditContext = {},
) {
  const { status } = parseInput(userStatusSchema, raw);
  if (adminId === userId) throw new AppError("CONFLICT", "You cannot change your own status");
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.deletedAt) throw notFound("User");
  await db.user.update({ where: { id: userId }, data: { accountStatus: status } });
  await invalidateUser(userId);
  if (status === "suspended") await revokeAllSessions(userId, "suspended", context);
  await audit(
    `admin.user_${status === "suspended" ? "suspended" : "reinstated"}`,
    adminId,
    context,
    {
      target_user_id: userId,
    },
  );
  return { user_id: userId, account_status: status };
}
