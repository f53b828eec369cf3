import { db } from "@/lib/db/client";
import { ACHIEVEMENTS, achievementDefinition, achievementProgress } from "./achievement-rules";
import { loadAchievementFacts } from "./award-achievements";
import type { AchievementType } from "@/lib/db/generated/enums";

/** GET /achievements: every badge, earned (with its date) or locked (with progress). */
export async function listAchievements(userId: number) {
  const [rows, facts] = await Promise.all([
    db.userAchievement.findMany({
      where: { userId },
      select: { achievementType: true, earnedAt: true, sessionId: true },
    }),
    loadAchievementFacts(userId),
  ]);
  const earned = new Map(rows.map((r) => [r.achievementType, r]));
  const items = ACHIEVEMENTS.map((a) => {
    const row = earned.get(a.type);
    return {
      type: a.type,
      title: a.title,
      description: a.description,
      rule: a.rule,
      earned: row !== undefined,
      earned_at: row?.earnedAt.toISOString() ?? null,
      session_id: row?.sessionId ?? null,
      progress: achievementProgress(a.type, facts),
    };
  });
  return { earned_count: rows.length, total: ACHIEVEMENTS.length, achievements: items };
}

/** The achievements a given session earned (the summary page toasts them). */
export async function achievementsEarnedBySession(userId: number, sessionId: number) {
  const rows = await db.userAchievement.findMany({
    where: { userId, sessionId },
    select: { achievementType: true, earnedAt: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => toEarnedDto(r.achievementType, r.earnedAt));
}

function toEarnedDto(type: AchievementType, earnedAt: Date) {
  const a = achievementDefinition(type);
  return { type, title: a.title, description: a.description, earned_at: earnedAt.toISOString() };
}
