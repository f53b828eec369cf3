import { db } from "@/lib/db/client";
import { dateColumnToString, localDate, stringToDateColumn } from "./practice-day";
import { streakFromDates, type StreakState } from "./streak-rules";

/**
 * Records a completed session's practice day and brings the user's streak up to date.
 *
 * - The practice day is end_time in the time zone on the profile, fixed the first time the session
 *   is summarised (a later change of zone does not move past days).
 * - The streak is recomputed from the user's practice days under a row lock on user_streaks, so
 *   sessions finishing at the same time serialise, a rerun for the same session changes nothing,
 *   and a session summarised late (its evaluations took a while) still lands on its own day.
 */
export async function updateStreakForSession(sessionId: number): Promise<StreakState | null> {
  const session = await db.interviewSession.findUnique({
    where: { id: sessionId },
    select: {
      userId: true,
      status: true,
      endTime: true,
      practiceDate: true,
      user: { select: { timezone: true } },
    },
  });
  if (!session || session.status !== "completed" || !session.endTime) return null;
  if (!session.practiceDate) {
    const day = localDate(session.endTime, session.user.timezone);
    // Set once: a concurrent run that got here first keeps its value.
    await db.interviewSession.updateMany({
      where: { id: sessionId, practiceDate: null },
      data: { practiceDate: stringToDateColumn(day) },
    });
  }
  return recomputeStreak(session.userId);
}

/** The user's streak from their practice days, written under a row lock (idempotent). */
async function recomputeStreak(userId: number): Promise<StreakState> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "user_streaks" ("user_id") VALUES (${userId}) ON CONFLICT ("user_id") DO NOTHING`;
    const [row] = await tx.$queryRaw<{ longest_streak: number }[]>`
      SELECT "longest_streak" FROM "user_streaks" WHERE "user_id" = ${userId} FOR UPDATE`;
    // Read after taking the lock: every practice day committed before it is included.
    const days = await tx.$queryRaw<{ day: string }[]>`
      SELECT DISTINCT to_char("practice_date", 'YYYY-MM-DD') AS day FROM "interview_sessions"
      WHERE "user_id" = ${userId} AND "status" = 'completed' AND "practice_date" IS NOT NULL`;
    const computed = streakFromDates(days.map((d) => d.day));
    const state: StreakState = {
      ...computed,
      longest: Math.max(computed.longest, row?.longest_streak ?? 0),
    };
    await tx.userStreak.update({
      where: { userId },
      data: {
        currentStreak: state.current,
        longestStreak: state.longest,
        lastPracticeDate: state.lastDate ? stringToDateColumn(state.lastDate) : null,
      },
    });
    return state;
  });
}

/** The stored streak of a user (zeros before the first completed session). */
export async function loadStreak(userId: number): Promise<StreakState> {
  const row = await db.userStreak.findUnique({ where: { userId } });
  return row
    ? {
        current: row.currentStreak,
        longest: row.longestStreak,
        lastDate: row.lastPracticeDate ? dateColumnToString(row.lastPracticeDate) : null,
      }
    : { current: 0, longest: 0, lastDate: null };
}
