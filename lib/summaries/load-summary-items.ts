import { db } from "@/lib/db/client";
import type { SummaryItem } from "./compute-summary";

const strings = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

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
      evaluation: e
        ? {
            status: e.status,
            overall: e.overallScore,
            contentQuality: e.contentQuality,
            clarity: e.clarity,
            confidence: e.confidence,
            technicalAccuracy: e.technicalAccuracy,
            strengths: strings(e.strengths),
            improvements: strings(e.improvements),
          }
        : null,
    };
    return { row, item };
  });
}
