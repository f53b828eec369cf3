import type { AdminUserRow } from "./users";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** A user as the admin API shows it (snake_case, like the rest of the API). */
export const toAdminUserDto = (u: AdminUserRow) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  account_status: u.deletedAt ? ("deleted" as const) : u.accountStatus,
  suspended_at: iso(u.suspendedAt),
  suspension_reason: u.suspensionReason,
  email_verified: u.emailVerified,
  target_role: u.targetRole,
  experience_level: u.experienceLevel,
  locked_until: iso(u.lockedUntil),
  created_at: u.createdAt.toISOString(),
  deleted_at: iso(u.deletedAt),
});
