import { db } from "@/lib/db/client";
import { pickCriteria } from "@/lib/evaluations/criteria";
import { stringListSchema } from "@/lib/validations/stored-json";
import type { SummaryItem } from "./compute-summary";

/** A session's questions with their evaluations, ordered, in the shape the summary needs. */
export async function loadSessionItems(sessionId: number) {
  const rows = await db.sessionQuestion.findMany({
    where: { sessionId },
    orderBy: { displayOrder: "asc" },
    include: { question: true, answer: { include: { evaluation: true } } },
  });
  return rows.map((row) => {
    const e = row.answer?.evaluation;
    const item: SummaryItem = {
      category: row.question.category,
      status: row.status,
      timedOut: row.timedOut,
      evaluation: e
        ? {
            status: e.status,
            overall: e.overallScore,
            ...pickCriteria(e),
            strengths: stringListSchema.parse(e.strengths),
            improvements: stringListSchema.parse(e.improvements),
          }
        : null,
    };
    return { row, item };
  });
}
