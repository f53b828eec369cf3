import { getUserOrThrow } from "@/lib/users/get-user";
import { localDate } from "./practice-day";
import { currentStreakOn, type StreakState } from "./streak-rules";
import { loadStreak } from "./update-streak";

/** The streak as the API and the dashboard show it, for "today" in the user's zone. */
export function toStreakDto(state: StreakState, timeZone: string, now: Date = new Date()) {
  const today = localDate(now, timeZone);
  const current = currentStreakOn(state, today);
  return {
    current_streak: current,
    longest_streak: state.longest,
    last_practice_date: state.lastDate,
    practiced_today: state.lastDate === today,
    // Alive, but broken tomorrow unless the user practises today.
    at_risk: current > 0 && state.lastDate !== today,
    today,
    timezone: timeZone,
  };
}
export type StreakDto = ReturnType<typeof toStreakDto>;

/** GET /streaks: current and longest streak in the user's own time zone. */
export async function getStreak(userId: number, now: Date = new Date()): Promise<StreakDto> {
  const [user, state] = await Promise.all([getUserOrThrow(userId), loadStreak(userId)]);
  return toStreakDto(state, user.timezone, now);
}
