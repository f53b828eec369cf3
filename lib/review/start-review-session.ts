import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { openSession } from "@/lib/interviews/open-session";
import { startReviewSchema } from "@/lib/validations/practice";
import { parseInput } from "@/lib/validations/parse";
import { activeReviewWhere } from "./review-queue";

/** The most frequent value (first seen wins a tie). */
function mostFrequent<T extends string>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * POST /review-queue/sessions: a session made only of the caller's due review questions, most
 * overdue (then weakest) first. 409 when nothing is due. Their answers move each question along
 * its schedule once evaluated (record-outcome.ts).
 */
export async function startReviewSession(userId: number, raw: unknown) {
  const { question_count: count } = parseInput(startReviewSchema, raw ?? {});
  const due = await db.reviewItem.findMany({
    where: { ...activeReviewWhere(userId), dueAt: { lte: new Date() } },
    orderBy: [{ dueAt: "asc" }, { lastScore: "asc" }, { id: "asc" }],
    take: count,
    include: { question: true },
  });
  if (due.length === 0) throw new AppError("CONFLICT", "No questions are due for review");
  const questions = due.map((d) => d.question);
  return openSession(
    userId,
    {
      role: mostFrequent(questions.map((q) => q.role)),
      difficulty: mostFrequent(questions.map((q) => q.difficulty)),
      categories: [...new Set(questions.map((q) => q.category))],
      origin: "review",
    },
    questions,
  );
}
