import { createHash } from "node:crypto";

/** What deciding a flag for one user needs (a row of feature_flags). */
export interface FlagState {
  name: string;
  /** The kill switch: off means off for everyone, allow-list included. */
  enabled: boolean;
  /** 0–100: the share of users who get the feature. */
  rolloutPercentage: number;
  allowedUserIds: number[];
}

/**
 * A user's bucket for a flag, in [0, 100): SHA-256 of "flag:user" read as a 32-bit fraction.
 * Stable (same flag and user, same bucket, on every instance), independent across flags (a user
 * early in one rollout is not early in all), and uniform, so p % of users fall below p.
 */
export function rolloutBucket(flag: string, userId: number): number {
  const digest = createHash("sha256").update(`${flag}:${userId}`).digest();
  return (digest.readUInt32BE(0) / 2 ** 32) * 100;
}

/** Whether a flag is on for a user (null: a signed-out visitor, who gets only a full rollout). */
export function isEnabledFor(flag: FlagState, userId: number | null): boolean {
  if (!flag.enabled) return false;
  if (userId !== null && flag.allowedUserIds.includes(userId)) return true;
  if (flag.rolloutPercentage >= 100) return true;
  if (userId === null || flag.rolloutPercentage <= 0) return false;
  return rolloutBucket(flag.name, userId) < flag.rolloutPercentage;
}
