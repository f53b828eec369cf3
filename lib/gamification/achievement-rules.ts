import type { AchievementType } from "@/lib/db/generated/enums";
import { CATEGORY_LABELS, type QuestionCategory } from "@/lib/validations/enums";

/** Category_Master: an average of at least 85 over at least 5 evaluated answers in one category. */
export const CATEGORY_MASTER_MIN_ANSWERS = 5;
export const CATEGORY_MASTER_MIN_AVERAGE = 85;

/**
 * What the rules look at, all from the database at award time (so awarding is idempotent and does
 * not depend on the order in which sessions were summarised). Sessions count once summarised.
 */
export interface AchievementFacts {
  completedSessions: number;
  bestSessionScore: number | null;
  longestStreak: number;
  /** Evaluated answers (evaluation completed) of completed sessions, per question category. */
  categories: { category: QuestionCategory; answers: number; average: number }[];
}

export interface AchievementDefinition {
  type: AchievementType;
  title: string;
  description: string;
  /** The exact rule, as shown on the badges page. */
  rule: string;
}

export const ACHIEVEMENTS: readonly AchievementDefinition[] = [
  {
    type: "First_Interview",
    title: "First interview",
    description: "You completed your first interview session.",
    rule: "Complete 1 interview session.",
  },
  {
    type: "Ten_Interviews",
    title: "Ten interviews",
    description: "Ten completed sessions: practice is becoming a habit.",
    rule: "Complete 10 interview sessions.",
  },
  {
    type: "Fifty_Interviews",
    title: "Fifty interviews",
    description: "Fifty completed sessions.",
    rule: "Complete 50 interview sessions.",
  },
  {
    type: "Perfect_Score",
    title: "Perfect score",
    description: "A whole session scored 100 out of 100.",
    rule: "Finish a session with an overall score of 100.",
  },
  {
    type: "Seven_Day_Streak",
    title: "Seven-day streak",
    description: "You practised seven days in a row.",
    rule: "Complete a session on 7 consecutive days (in your time zone).",
  },
  {
    type: "Thirty_Day_Streak",
    title: "Thirty-day streak",
    description: "You practised thirty days in a row.",
    rule: "Complete a session on 30 consecutive days (in your time zone).",
  },
  {
    type: "Category_Master",
    title: "Category master",
    description: "Consistently excellent answers in one question category.",
    rule: `Average at least ${CATEGORY_MASTER_MIN_AVERAGE}/100 over at least ${CATEGORY_MASTER_MIN_ANSWERS} evaluated answers in one category.`,
  },
];

export function achievementDefinition(type: AchievementType): AchievementDefinition {
  return ACHIEVEMENTS.find((a) => a.type === type)!;
}

/** Categories that meet the Category_Master rule. */
function masteredCategories(facts: AchievementFacts): QuestionCategory[] {
  return facts.categories
    .filter(
      (c) => c.answers >= CATEGORY_MASTER_MIN_ANSWERS && c.average >= CATEGORY_MASTER_MIN_AVERAGE,
    )
    .map((c) => c.category);
}

/** Every achievement whose rule the facts meet (earned once; awarding skips those already held). */
export function qualifyingAchievements(facts: AchievementFacts): AchievementType[] {
  const met: Record<AchievementType, boolean> = {
    First_Interview: facts.completedSessions >= 1,
    Ten_Interviews: facts.completedSessions >= 10,
    Fifty_Interviews: facts.completedSessions >= 50,
    Perfect_Score: facts.bestSessionScore === 100,
    Seven_Day_Streak: facts.longestStreak >= 7,
    Thirty_Day_Streak: facts.longestStreak >= 30,
    Category_Master: masteredCategories(facts).length > 0,
  };
  return ACHIEVEMENTS.map((a) => a.type).filter((t) => met[t]);
}

export interface AchievementProgress {
  current: number;
  target: number;
  /** A short human-readable status, e.g. "4 of 10 sessions". */
  label: string;
}

/** How far the user is towards an achievement (for locked badges). */
export function achievementProgress(
  type: AchievementType,
  facts: AchievementFacts,
): AchievementProgress {
  const sessions = (target: number): AchievementProgress => ({
    current: Math.min(facts.completedSessions, target),
    target,
    label: `${Math.min(facts.completedSessions, target)} of ${target} sessions`,
  });
  const streak = (target: number): AchievementProgress => ({
    current: Math.min(facts.longestStreak, target),
    target,
    label: `Longest streak ${facts.longestStreak} of ${target} days`,
  });
  switch (type) {
    case "First_Interview":
      return sessions(1);
    case "Ten_Interviews":
      return sessions(10);
    case "Fifty_Interviews":
      return sessions(50);
    case "Perfect_Score": {
      const best = facts.bestSessionScore ?? 0;
      return {
        current: best,
        target: 100,
        label:
          facts.bestSessionScore === null ? "No scored session yet" : `Best session ${best}/100`,
      };
    }
    case "Seven_Day_Streak":
      return streak(7);
    case "Thirty_Day_Streak":
      return streak(30);
    case "Category_Master": {
      // The closest category: most answers among those averaging ≥ 85, else the best average.
      const eligible = facts.categories.filter((c) => c.answers >= CATEGORY_MASTER_MIN_ANSWERS);
      const best = [...(eligible.length > 0 ? eligible : facts.categories)].sort(
        (a, b) => b.average - a.average || b.answers - a.answers,
      )[0];
      if (!best)
        return {
          current: 0,
          target: CATEGORY_MASTER_MIN_AVERAGE,
          label: "No evaluated answers yet",
        };
      const avg = Math.round(best.average * 10) / 10;
      return {
        current: Math.min(Math.floor(best.average), CATEGORY_MASTER_MIN_AVERAGE),
        target: CATEGORY_MASTER_MIN_AVERAGE,
        label: `Best: ${CATEGORY_LABELS[best.category]} averages ${avg} over ${best.answers} answer${best.answers === 1 ? "" : "s"}`,
      };
    }
  }
}
