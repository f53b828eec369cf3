import type {
  Difficulty,
  EvaluationStatus,
  QuestionCategory,
  SessionQuestionStatus,
} from "@/lib/db/generated/enums";

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

/** One question of such a session, with its evaluation when there is one. */
export interface HistoryQuestion {
  sessionId: number;
  category: QuestionCategory;
  status: SessionQuestionStatus;
  evaluationStatus: EvaluationStatus | null;
  overall: number | null;
  contentQuality: number | null;
  clarity: number | null;
  confidence: number | null;
  technicalAccuracy: number | null;
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
