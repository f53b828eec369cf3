import { db } from "@/lib/db/client";
import type {
  Difficulty,
  EvaluationStatus,
  QuestionCategory,
  SessionQuestionStatus,
} from "@/lib/db/generated/enums";
import type { History } from "./types";

/**
 * Everything the dashboard needs about one user, in three indexed queries (interview_sessions by
 * (user_id, status, end_time); questions, answers and evaluations by their keys).
 */
export async function loadHistory(userId: number): Promise<History> {
  const [sessions, questions, practice] = await Promise.all([
    db.$queryRaw<
      {
        id: number;
        end_time: Date;
        role: string;
        difficulty: Difficulty;
        categories: QuestionCategory[];
        score: number;
        practice_date: string | null;
      }[]
    >`
      SELECT s."id", COALESCE(s."end_time", s."last_activity_at") AS end_time, s."role",
             s."difficulty"::text AS difficulty, s."categories"::text[] AS categories,
             ss."overall_session_score" AS score, to_char(s."practice_date", 'YYYY-MM-DD') AS practice_date
      FROM "interview_sessions" s
      JOIN "session_summaries" ss ON ss."session_id" = s."id"
      WHERE s."user_id" = ${userId} AND s."status" = 'completed'
      ORDER BY s."end_time", s."id"`,
    db.$queryRaw<
      {
        session_id: number;
        category: QuestionCategory;
        status: SessionQuestionStatus;
        evaluation_status: EvaluationStatus | null;
        overall: number | null;
        content_quality: number | null;
        clarity: number | null;
        confidence: number | null;
        technical_accuracy: number | null;
      }[]
    >`
      SELECT sq."session_id", q."category"::text AS category, sq."status"::text AS status,
             e."status"::text AS evaluation_status, e."overall_score" AS overall,
             e."content_quality", e."clarity", e."confidence", e."technical_accuracy"
      FROM "interview_sessions" s
      JOIN "session_summaries" ss ON ss."session_id" = s."id"
      JOIN "session_questions" sq ON sq."session_id" = s."id"
      JOIN "questions" q ON q."id" = sq."question_id"
      LEFT JOIN "answers" a ON a."id" = sq."answer_id"
      LEFT JOIN "evaluations" e ON e."answer_id" = a."id"
      WHERE s."user_id" = ${userId} AND s."status" = 'completed'`,
    db.$queryRaw<{ seconds: number }[]>`
      SELECT COALESCE(sum(a."time_taken"), 0)::float8 AS seconds
      FROM "interview_sessions" s JOIN "answers" a ON a."session_id" = s."id"
      WHERE s."user_id" = ${userId} AND s."status" IN ('completed', 'abandoned')`,
  ]);
  return {
    sessions: sessions.map((s) => ({
      id: s.id,
      endTime: new Date(s.end_time),
      role: s.role,
      difficulty: s.difficulty,
      categories: s.categories,
      score: s.score,
      practiceDate: s.practice_date,
    })),
    questions: questions.map((q) => ({
      sessionId: q.session_id,
      category: q.category,
      status: q.status,
      evaluationStatus: q.evaluation_status,
      overall: q.overall,
      contentQuality: q.content_quality,
      clarity: q.clarity,
      confidence: q.confidence,
      technicalAccuracy: q.technical_accuracy,
    })),
    practiceSeconds: Number(practice[0]?.seconds ?? 0),
  };
}
