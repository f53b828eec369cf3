import { db } from "@/lib/db/client";
import { invalidateAnalytics } from "./cache";

/**
 * Profile change (time zone, target role, opt-out…): the user's cached analytics go, and a user
 * who opted out leaves the leaderboards at once rather than at the next recomputation.
 */
export async function onAnalyticsProfileChanged(userId: number): Promise<void> {
  await invalidateAnalytics(userId);
  await db.leaderboardEntry.deleteMany({
    where: { userId, user: { is: { leaderboardOptOut: true } } },
  });
}
