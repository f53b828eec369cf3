import type { getSessionSummary } from "@/lib/summaries/get-summary";
import type { SummaryQuestion } from "@/components/summary/question-feedback";
import type { CriteriaScores } from "@/components/summary/criteria-radar";
import { CATEGORIES, type QuestionCategory } from "@/lib/validations/enums";

type RawSummary = Awaited<ReturnType<typeof getSessionSummary>>;

export type SummaryView = {
  session_id: number;
  role: string;
  difficulty: RawSummary["difficulty"];
  status: RawSummary["status"];
  complete: boolean;
  evaluations_pending: number;
  evaluations_failed: number;
  overall_session_score: number | null;
  score_trend: number | null;
  criteria: CriteriaScores | null;
  category_performance: { category: QuestionCategory; score: number }[];
  strengths: string[];
  improvements: string[];
  start_time: string;
  end_time: string | null;
  /** Achievements this session earned (toasted once the summary is complete). */
  achievements_earned: { type: string; title: string; description: string }[];
  questions: SummaryQuestion[];
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** Stored JSON columns are `unknown` to TypeScript; read them defensively into plain shapes. */
export function toSummaryView(raw: RawSummary): SummaryView {
  const perf = (raw.category_performance ?? {}) as Record<string, unknown>;
  return {
    session_id: raw.session_id,
    role: raw.role,
    difficulty: raw.difficulty,
    status: raw.status,
    complete: raw.complete,
    evaluations_pending: raw.evaluations_pending,
    evaluations_failed: raw.evaluations_failed,
    overall_session_score: raw.overall_session_score,
    score_trend: raw.score_trend,
    criteria: raw.criteria,
    category_performance: CATEGORIES.flatMap((category) => {
      const score = perf[category];
      return typeof score === "number" && Number.isFinite(score) ? [{ category, score }] : [];
    }),
    strengths: strings(raw.strengths),
    improvements: strings(raw.improvements),
    start_time: raw.start_time,
    end_time: raw.end_time,
    achievements_earned: raw.achievements_earned.map((a) => ({
      type: a.type,
      title: a.title,
      description: a.description,
    })),
    questions: raw.questions,
  };
}
