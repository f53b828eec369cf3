import { db } from "@/lib/db/client";
import type { AchievementType } from "@/lib/db/generated/enums";
import type { QuestionCategory } from "@/lib/validations/enums";
import { qualifyingAchievements, type AchievementFacts } from "./achievement-rules";

/** The facts the achievement rules look at, read from the database in one round trip. */
export async function loadAchievementFacts(userId: number): Promise<AchievementFacts> {
  const [sessions, categories] = await Promise.all([
    db.$queryRaw<{ completed: number; best: number | null; longest: number | null }[]>`
      SELECT count(*)::int AS completed, max(ss."overall_session_score")::int AS best,
             (SELECT "longest_streak" FROM "user_streaks" WHERE "user_id" = ${userId}) AS longest
      FROM "interview_sessions" s JOIN "session_summaries" ss ON ss."session_id" = s."id"
      WHERE s."user_id" = ${userId} AND s."status" = 'completed'`,
    db.$queryRaw<{ category: QuestionCategory; answers: number; average: number }[]>`
      SELECT q."category"::text AS category, count(*)::int AS answers, avg(e."overall_score")::float8 AS average
      FROM "interview_sessions" s
      JOIN "answers" a ON a."session_id" = s."id"
      JOIN "evaluations" e ON e."answer_id" = a."id"
      JOIN "questions" q ON q."id" = a."question_id"
      WHERE s."user_id" = ${userId} AND s."status" = 'completed' AND e."status" = 'completed'
        AND a."kind" = 'answer'
      GROUP BY q."category"`,
  ]);
  const row = sessions[0];
  return {
    completedSessions: row?.completed ?? 0,
    bestSessionScore: row?.best ?? null,
    longestStreak: row?.longest ?? 0,
    categories: categories.map((c) => ({
      category: c.category,
      answers: c.answers,
      average: Number(c.average),
    })),
  };
}

/**
 * Property 14: awards every achievement whose rule is met, each exactly once per user however
 * often or concurrently this runs (INSERT … ON CONFLICT DO NOTHING on the unique (user, type)).
 * Returns only the achievements this call inserted, for the "achievement earned" toast; the
 * session that triggered the award is recorded with it.
 */
export async function awardAchievements(
  userId: number,
  sessionId: number | null = null,
): Promise<AchievementType[]> {
  const qualifying = qualifyingAchievements(await loadAchievementFacts(userId));
  if (qualifying.length === 0) return [];
  const inserted = await db.userAchievement.createManyAndReturn({
    data: qualifying.map((achievementType) => ({ userId, achievementType, sessionId })),
    skipDuplicates: true,
    select: { achievementType: true },
  });
  return inserted.map((r) => r.achievementType);
}
