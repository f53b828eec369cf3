import { daysBetween } from "./practice-day";

/**
 * Property 15, streaks over calendar days ("YYYY-MM-DD" in the user's zone): practising on the day
 * after the last practice day adds 1, practising after a gap of more than one day starts again at
 * 1, and a second session on the same day changes nothing.
 */
export interface StreakState {
  current: number;
  longest: number;
  /** The last practice day, or null before the first. */
  lastDate: string | null;
}

export const EMPTY_STREAK: StreakState = { current: 0, longest: 0, lastDate: null };

/** One practice day applied to a streak. A day before the last one (a late arrival) changes nothing. */
export function advanceStreak(state: StreakState, date: string): StreakState {
  if (state.lastDate === null) {
    return { current: 1, longest: Math.max(state.longest, 1), lastDate: date };
  }
  const gap = daysBetween(state.lastDate, date);
  if (gap <= 0) return state;
  const current = gap === 1 ? state.current + 1 : 1;
  return { current, longest: Math.max(state.longest, current), lastDate: date };
}

/**
 * The streak of a set of practice days, in any order and with repeats: the run of consecutive days
 * ending at the latest day, and the longest run. Equal to applying `advanceStreak` to the days in
 * order; being order-free, it stays right when sessions are summarised out of order.
 */
export function streakFromDates(dates: Iterable<string>): StreakState {
  const days = [...new Set(dates)].sort();
  let state = EMPTY_STREAK;
  for (const day of days) state = advanceStreak(state, day);
  return state;
}

/**
 * The streak as shown on `today` (in the user's zone): still alive on the day after the last
 * practice (practise today to keep it), broken (0) after that.
 */
export function currentStreakOn(state: StreakState, today: string): number {
  if (state.lastDate === null) return 0;
  return daysBetween(state.lastDate, today) <= 1 ? state.current : 0;
}
