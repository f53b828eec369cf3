import { readDelivery } from "@/lib/answers/answer-delivery";
import { db } from "@/lib/db/client";
import { achievementsEarnedBySession } from "@/lib/gamification/list-achievements";
import { toEvaluationDto } from "@/lib/evaluations/evaluation-dto";
import { loadOwnedSession } from "@/lib/interviews/load-session";
import { skillsShown } from "@/lib/tailoring/skills-shown";
import { categoryPerformanceSchema, stringListSchema } from "@/lib/validations/stored-json";
import { tailoringSchema } from "@/lib/validations/tailoring";
import { computeSummary } from "./compute-summary";
import { loadSessionItems } from "./load-summary-items";
import { loadPracticeExtras } from "./practice-extras";

/**
 * GET /interviews/{id}/summary: the stored summary once the session is settled; before that, a
 * live aggregate of what has been evaluated so far with `complete: false` (the page polls it).
 * Always with per-question feedback and example answers. The API and the summary page both
 * receive exactly this shape.
 */
export async function getSessionSummary(userId: number, sessionId: number) {
  const session = await loadOwnedSession(userId, sessionId);
  const [items, stored] = await Promise.all([
    loadSessionItems(sessionId),
    db.sessionSummary.findUnique({ where: { sessionId } }),
  ]);
  const live = computeSummary(items.map((i) => i.item));
  const practice = await loadPracticeExtras(
    session,
    items.map(({ row }) => row),
  );
  const pending = items.filter((i) => {
    const s = i.item.evaluation?.status;
    return s === "pending" || s === "processing";
  }).length;
  const failed = items.filter((i) => i.item.evaluation?.status === "failed").length;
  // Complete once every finalisation step (summary, streak, achievements) has run.
  const complete = session.status === "completed" && pending === 0 && stored?.finalizedAt != null;
  const achievements = complete ? await achievementsEarnedBySession(userId, sessionId) : [];
  const tailoring = session.tailoring ? tailoringSchema.safeParse(session.tailoring) : null;
  return {
    session_id: session.id,
    role: session.role,
    difficulty: session.difficulty,
    categories: session.categories,
    question_count: session.questionCount,
    status: session.status,
    origin: session.origin,
    complete,
    evaluations_pending: pending,
    evaluations_failed: failed,
    overall_session_score:
      stored?.overallSessionScore ?? (live.scoredQuestions > 0 ? live.overallSessionScore : null),
    score_trend: stored?.scoreTrend ? Number(stored.scoreTrend) : null,
    criteria: live.criteria,
    category_performance: stored
      ? categoryPerformanceSchema.parse(stored.categoryPerformance)
      : live.categoryPerformance,
    strengths: stored ? stringListSchema.parse(stored.strengths) : live.strengths,
    improvements: stored ? stringListSchema.parse(stored.improvements) : live.improvements,
    start_time: session.startTime.toISOString(),
    end_time: session.endTime?.toISOString() ?? null,
    /** A tailored session: what it was built from, and which job skills the answers showed. */
    tailoring: tailoring?.success
      ? {
          job_description_id: tailoring.data.jobDescriptionId,
          resume_id: tailoring.data.resumeId,
          job_title: tailoring.data.jobTitle,
          targets: tailoring.data.targets,
          skills: skillsShown(
            tailoring.data,
            items.map(({ row }) => ({
              questionNumber: row.displayOrder,
              answerText: row.answer?.answerText ?? null,
              questionSkills: row.question.skills,
              score:
                row.answer?.evaluation?.status === "completed"
                  ? (row.answer.evaluation.overallScore ?? null)
                  : null,
            })),
          ),
        }
      : null,
    /** Achievements this session earned (shown as a toast once the summary is complete). */
    achievements_earned: achievements,
    /** Separate lines: follow-ups and retries never change the session's own score. */
    follow_ups: practice.lines.follow_ups,
    retries: practice.lines.retries,
    practice_pending: practice.lines.pending,
    questions: items.map(({ row }) => ({
      question_id: row.questionId,
      question_number: row.displayOrder,
      question_text: row.question.questionText,
      category: row.question.category,
      status: row.status,
      /** Skipped because its time ran out, not by choice. */
      timed_out: row.timedOut,
      answer_id: row.answer?.id ?? null,
      delivery: readDelivery(row.answer?.delivery),
      answer_text: row.answer?.answerText ?? null,
      time_taken: row.answer?.timeTaken ?? null,
      evaluation_status: row.answer?.evaluation?.status ?? null,
      evaluation: row.answer?.evaluation ? toEvaluationDto(row.answer.evaluation) : null,
      ...practice.byQuestion.get(row.questionId)!,
    })),
  };
}
export type SessionSummary = Awaited<ReturnType<typeof getSessionSummary>>;
