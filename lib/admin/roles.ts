import type { AuditContext } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import type { UserRole } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { AppError, conflict, notFound } from "@/lib/errors";
import { invalidateUser } from "@/lib/users/get-user";
import { auditAdmin } from "./audit-admin";

/** How a role change was made, kept in the audit row. */
export type RoleChangeVia = "admin_ui" | "api" | "cli" | "ADMIN_EMAILS";

export const isListedAdminEmail = (email: string): boolean =>
  env().ADMIN_EMAILS.includes(email.toLowerCase());

/**
 * The first admin of a fresh install: a user whose email ADMIN_EMAILS lists is promoted when
 * they register or sign in (audited once, when the role actually changes).
 */
export async function promoteListedAdmin<U extends { id: number; email: string; role: UserRole }>(
  user: U,
  context: AuditContext,
): Promise<U> {
  if (user.role === "admin" || !isListedAdminEmail(user.email)) return user;
  const { count } = await db.user.updateMany({
    where: { id: user.id, role: "user" },
    data: { role: "admin" },
  });
  if (count === 1) {
    await invalidateUser(user.id);
    await auditAdmin(
      "role_granted",
      null,
      { type: "user", id: user.id, label: user.email },
      context,
      { via: "ADMIN_EMAILS" },
    );
  }
  return { ...user, role: "admin" };
}

interface RoleChange {
  /** The administrator making the change; null from the command line. */
  actorId: number | null;
  role: UserRole;
  via: RoleChangeVia;
  context: AuditContext;
}

async function findTarget(where: { id: number } | { email: string }) {
  const user =
    "id" in where
      ? await db.user.findUnique({ where: { id: where.id } })
      : await db.user.findUnique({ where: { email: where.email.trim().toLowerCase() } });
  if (!user || user.deletedAt) throw notFound("User");
  return user;
}

/**
 * Grants or revokes the admin role. Revoking never leaves the install without an active admin
 * (checked in the same statement, so two admins demoting each other at once cannot both win),
 * and never touches an ADMIN_EMAILS admin (the next sign-in would promote them again).
 */
export async function setUserRole(
  target: { id: number } | { email: string },
  change: RoleChange,
): Promise<{ id: number; email: string; role: UserRole; changed: boolean }> {
  const user = await findTarget(target);
  if (user.role === change.role) {
    return { id: user.id, email: user.email, role: user.role, changed: false };
  }
  if (change.role === "admin") {
    if (user.accountStatus === "suspended") {
      throw conflict("A suspended account cannot be made an administrator; unsuspend it first");
    }
    await db.user.update({ where: { id: user.id }, data: { role: "admin" } });
  } else {
    if (isListedAdminEmail(user.email)) {
      throw conflict(
        "This administrator is listed in ADMIN_EMAILS; remove the address there to revoke the role",
      );
    }
    const updated = await db.$executeRaw`
      UPDATE "users" SET "role" = 'user', "updated_at" = now()
      WHERE "id" = ${user.id} AND "role" = 'admin'
        AND (SELECT count(*) FROM "users" WHERE "role" = 'admin' AND "deleted_at" IS NULL
             AND "account_status" = 'active' AND "id" <> ${user.id}) > 0`;
    if (updated !== 1) {
      throw new AppError("CONFLICT", "The last active administrator cannot be revoked");
    }
  }
  await invalidateUser(user.id);
  await auditAdmin(
    change.role === "admin" ? "role_granted" : "role_revoked",
    change.actorId,
    { type: "user", id: user.id, label: user.email },
    change.context,
    { via: change.via, from: user.role, to: change.role },
  );
  return { id: user.id, email: user.email, role: change.role, changed: true };
}
