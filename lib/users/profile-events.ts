import { onAnalyticsProfileChanged } from "@/lib/analytics/profile-changed";
import { cache } from "@/lib/cache";
import { userPrefsKey } from "@/lib/cache/keys";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { invalidateRolePools } from "@/lib/questions/question-pool";
import { warmRolePools } from "@/lib/questions/warm-pools";
import { invalidateUser } from "./get-user";

/** The target role in the cached profile (L4), read before the entry is dropped. */
async function cachedTargetRole(userId: number): Promise<string | null | undefined> {
  const raw = await cache().get(userPrefsKey(userId));
  if (!raw) return undefined;
  try {
    return (JSON.parse(raw) as { targetRole?: string | null }).targetRole ?? null;
  } catch {
    return undefined;
  }
}

/**
 * Cache invalidation on profile change (spec "Cache Invalidation Strategy"): the user's L4
 * entry always; on a target-role change also the L1 question pools of the old role (the old role
 * comes from the cached profile, so the change is noticed whenever that entry was warm), while
 * the new role's common pools are warmed for the sessions that follow.
 */
export async function onProfileChanged(userId: number): Promise<void> {
  const before = await cachedTargetRole(userId);
  await invalidateUser(userId);
  await onAnalyticsProfileChanged(userId);
  const now = await db.user.findUnique({ where: { id: userId }, select: { targetRole: true } });
  const after = now?.targetRole ?? null;
  if (after === before) return;
  if (after) await warmRolePools(after);
  if (!before) return;
  const removed = await invalidateRolePools(before);
  logger.info("question pools invalidated on target-role change", {
    user_id: userId,
    from: before,
    to: after,
    removed,
  });
}
