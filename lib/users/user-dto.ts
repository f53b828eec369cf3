import type { User } from "@/lib/db/generated/client";

/** The public shape of a user in API responses (snake_case per the spec). */
export function toUserDto(user: Omit<User, "passwordHash">) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    target_role: user.targetRole,
    experience_level: user.experienceLevel,
    email_verified: user.emailVerified,
    timezone: user.timezone,
    leaderboard_opt_out: user.leaderboardOptOut,
    keep_recordings: user.keepRecordings,
    created_at: user.createdAt.toISOString(),
  };
}
