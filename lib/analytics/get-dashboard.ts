import { toStreakDto } from "@/lib/gamification/get-streak";
import { loadStreak } from "@/lib/gamification/update-streak";
import type { StreakState } from "@/lib/gamification/streak-rules";
import { getUserOrThrow } from "@/lib/users/get-user";
import { cachedForUser, DASHBOARD_TTL_SECONDS, dashboardKey } from "./cache";
import { computeDashboard, type DashboardAnalytics } from "./compute-dashboard";
import { loadHistory } from "./load-history";

interface CachedDashboard {
  analytics: DashboardAnalytics;
  streak: StreakState;
  generated_at: string;
}

/**
 * GET /analytics/dashboard: totals, averages, improvement, practice time, weekly trend, category
 * and criteria performance, strongest and weakest areas, recommendations and the streak. Cached
 * per user (`analytics:{id}:dashboard`) until the next completed session or profile change; the
 * streak's "today" is re-evaluated on every read.
 */
export async function getDashboard(userId: number, now: Date = new Date()) {
  const user = await getUserOrThrow(userId);
  const { value, cached } = await cachedForUser<CachedDashboard>(
    userId,
    dashboardKey(userId),
    DASHBOARD_TTL_SECONDS,
    async () => {
      const [history, streak] = await Promise.all([loadHistory(userId), loadStreak(userId)]);
      const analytics = computeDashboard(history, {
        now,
        timeZone: user.timezone,
        targetRole: user.targetRole,
      });
      return { analytics, streak, generated_at: now.toISOString() };
    },
  );
  return {
    data: {
      ...value.analytics,
      streak: toStreakDto(value.streak, user.timezone, now),
      time_zone: user.timezone,
      generated_at: value.generated_at,
    },
    cached,
  };
}
export type DashboardDto = Awaited<ReturnType<typeof getDashboard>>["data"];
