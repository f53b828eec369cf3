import { audit, type AuditContext } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { eraseAccount } from "@/lib/privacy/erase-account";
import { canonicalRole } from "@/lib/questions/role-match";
import { updateProfileSchema } from "@/lib/validations/profile";
import { parseInput } from "@/lib/validations/parse";
import { onProfileChanged } from "./profile-events";
import { sealedName } from "./sealed-name";
import { toUserDto } from "./user-dto";

/** PUT /users/me: name, target role, experience level, time zone, leaderboard opt-out, keeping
 * recordings (turning it off keeps what was already kept until deleted or expired). */
export async function updateProfile(userId: number, raw: unknown, context: AuditContext = {}) {
  const input = parseInput(updateProfileSchema, raw);
  const user = await db.user.update({
    where: { id: userId },
    data: {
      ...(input.name === undefined ? {} : sealedName(input.name, userId)),
      // Stored as the bank spells it, so cohorts, caches and question pools agree on one title.
      targetRole: input.target_role ? canonicalRole(input.target_role) : input.target_role,
      experienceLevel: input.experience_level,
      timezone: input.timezone,
      leaderboardOptOut: input.leaderboard_opt_out,
      keepRecordings: input.keep_recordings,
    },
  });
  await onProfileChanged(userId);
  await audit("user.profile_updated", userId, context, { fields: Object.keys(input) });
  return toUserDto(user);
}

/** DELETE /users/me: removes the account for good; its sessions and answers go with it. */
export async function deleteAccount(userId: number, context: AuditContext = {}) {
  const result = await eraseAccount(userId, context);
  await onProfileChanged(userId);
  return result;
}
