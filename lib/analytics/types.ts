import type {
  Difficulty,
  EvaluationStatus,
  QuestionCategory,
  SessionQuestionStatus,
} from "@/lib/db/generated/enums";
import type { CriterionField } from "@/lib/evaluations/criteria";

/** A category's figures over the user's history. */
export interface CategoryStat {
  category: QuestionCategory;
  label: string;
  average_score: number;
  /** Questions that scored (answered and evaluated, or skipped as 0). */
  questions: number;
  /** Difficulty of the most recent session with a scored question in this category. */
  last_difficulty: Difficulty;
}

/** A completed, summarised session of the user (oldest first). */
export interface HistorySession {
  id: number;
  endTime: Date;
  role: string;
  difficulty: Difficulty;
  categories: QuestionCategory[];
  score: number;
  /** The stored practice day ("YYYY-MM-DD" in the user's zone), null until streaks ran. */
  practiceDate: string | null;
}

/** One question of such a session, with its evaluation's scores when there is one. */
export interface HistoryQuestion extends Record<CriterionField, number | null> {
  sessionId: number;
  category: QuestionCategory;
  status: SessionQuestionStatus;
  evaluationStatus: EvaluationStatus | null;
  overall: number | null;
}

export interface History {
  sessions: HistorySession[];
  questions: HistoryQuestion[];
  /** Sum of answers' time_taken over the user's finished (completed or abandoned) sessions. */
  practiceSeconds: number;
}

export interface AnalyticsContext {
  now: Date;
  timeZone: string;
  targetRole: string | null;
}
