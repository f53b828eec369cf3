import type { Difficulty } from "@/lib/db/generated/enums";
import { localDate } from "@/lib/gamification/practice-day";
import { getUserOrThrow } from "@/lib/users/get-user";
import { performanceQuerySchema } from "@/lib/validations/analytics";
import { DIFFICULTIES } from "@/lib/validations/enums";
import { parseInput } from "@/lib/validations/parse";
import {
  categoryStats,
  criteriaPerformance,
  historyQuestionScore,
  round1,
} from "./compute-dashboard";
import { loadHistory } from "./load-history";
import type { History } from "./types";

const DAY_MS = 86_400_000;
const RECENT_SESSIONS = 50;

/** Performance over a window (`days` back from now, or all history): pure, for tests. */
function computePerformance(
  history: History,
  options: { now: Date; timeZone: string; days?: number },
) {
  const since = options.days ? options.now.getTime() - options.days * DAY_MS : -Infinity;
  const sessions = history.sessions.filter((s) => s.endTime.getTime() >= since);
  const ids = new Set(sessions.map((s) => s.id));
  const questions = history.questions.filter((q) => ids.has(q.sessionId));
  const stats = categoryStats(sessions, questions);
  const byCategory = stats.map((c) => {
    const own = questions.filter((q) => q.category === c.category);
    return {
      category: c.category,
      label: c.label,
      average_score: c.average_score,
      questions: c.questions,
      answered: own.filter((q) => q.status === "answered").length,
      skipped: own.filter((q) => q.status === "skipped").length,
      evaluated: own.filter((q) => q.evaluationStatus === "completed").length,
    };
  });
  const byDifficulty = DIFFICULTIES.flatMap((difficulty: Difficulty) => {
    const scores = sessions.filter((s) => s.difficulty === difficulty).map((s) => s.score);
    return scores.length === 0
      ? []
      : [
          {
            difficulty,
            sessions: scores.length,
            average_score: round1(scores.reduce((a, b) => a + b, 0) / scores.length),
          },
        ];
  });
  const scored = questions.map(historyQuestionScore).filter((s): s is number => s !== null);
  return {
    period_days: options.days ?? null,
    sessions_count: sessions.length,
    questions_scored: scored.length,
    average_session_score:
      sessions.length > 0
        ? round1(sessions.reduce((a, s) => a + s.score, 0) / sessions.length)
        : null,
    average_question_score:
      scored.length > 0 ? round1(scored.reduce((a, b) => a + b, 0) / scored.length) : null,
    by_category: byCategory,
    by_difficulty: byDifficulty,
    by_criterion: criteriaPerformance(questions),
    recent_sessions: sessions
      .slice(-RECENT_SESSIONS)
      .reverse()
      .map((s) => ({
        session_id: s.id,
        date: s.practiceDate ?? localDate(s.endTime, options.timeZone),
        end_time: s.endTime.toISOString(),
        role: s.role,
        difficulty: s.difficulty,
        score: s.score,
      })),
  };
}

/** GET /analytics/performance?days=N: per category, difficulty and criterion, and recent sessions. */
export async function getPerformance(userId: number, rawQuery: unknown, now: Date = new Date()) {
  const { days } = parseInput(performanceQuerySchema, rawQuery);
  const [user, history] = await Promise.all([getUserOrThrow(userId), loadHistory(userId)]);
  return computePerformance(history, { now, timeZone: user.timezone, days });
}
