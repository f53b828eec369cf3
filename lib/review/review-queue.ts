import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { queueReviewSchema } from "@/lib/validations/practice";
import { parseInput } from "@/lib/validations/parse";
import { REVIEW_INTERVAL_DAYS } from "./schedule";

const LISTED = 50;

/** Review items still on the queue (not graduated) whose question can still be asked. */
export const activeReviewWhere = (userId: number) => ({
  userId,
  graduatedAt: null,
  question: { retiredAt: null },
});

/** How many of the caller's review questions are due at `now` (the dashboard's figure). */
export function countDueReviews(userId: number, now: Date = new Date()): Promise<number> {
  return db.reviewItem.count({ where: { ...activeReviewWhere(userId), dueAt: { lte: now } } });
}

/** GET /review-queue: the caller's queue, due first, with how many are due now. */
export async function getReviewQueue(userId: number, now: Date = new Date()) {
  const where = activeReviewWhere(userId);
  const [due, total, items] = await Promise.all([
    db.reviewItem.count({ where: { ...where, dueAt: { lte: now } } }),
    db.reviewItem.count({ where }),
    db.reviewItem.findMany({
      where,
      orderBy: [{ dueAt: "asc" }, { lastScore: "asc" }],
      take: LISTED,
      include: { question: { select: { questionText: true, category: true, role: true } } },
    }),
  ]);
  return {
    due_count: due,
    total_count: total,
    next_due_at: items.find((i) => i.dueAt > now)?.dueAt.toISOString() ?? null,
    items: items.map((i) => ({
      question_id: i.questionId,
      question_text: i.question.questionText,
      category: i.question.category,
      role: i.question.role,
      last_score: i.lastScore,
      step: i.step,
      interval_days: REVIEW_INTERVAL_DAYS[i.step] ?? null,
      due_at: i.dueAt.toISOString(),
      due: i.dueAt <= now,
    })),
  };
}

/**
 * POST /review-queue: queues a question the caller has answered into their next review session
 * (due now). Its place on the interval ladder is kept; a graduated question comes back.
 */
export async function queueForReview(userId: number, raw: unknown) {
  const { question_id: questionId } = parseInput(queueReviewSchema, raw);
  const answered = await db.answer.findFirst({
    where: { questionId, kind: "answer", session: { userId } },
    select: { id: true },
  });
  if (!answered) throw notFound("Answered question");
  const now = new Date();
  const item = await db.reviewItem.upsert({
    where: { userId_questionId: { userId, questionId } },
    create: { userId, questionId, step: 0, dueAt: now },
    update: { dueAt: now, graduatedAt: null },
  });
  return {
    question_id: item.questionId,
    due_at: item.dueAt.toISOString(),
    step: item.step,
    due_count: await countDueReviews(userId, now),
  };
}
