import { db } from "@/lib/db/client";
import { listQuerySchema } from "@/lib/validations/interview";
import { parseInput } from "@/lib/validations/parse";

/** GET /interviews: the caller's sessions, newest first, with score when summarised. */
export async function listInterviews(userId: number, rawQuery: unknown) {
  const { page, page_size, status } = parseInput(listQuerySchema, rawQuery);
  const where = { userId, ...(status ? { status } : {}) };
  const [total, sessions] = await Promise.all([
    db.interviewSession.count({ where }),
    db.interviewSession.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * page_size,
      take: page_size,
      include: {
        summary: { select: { overallSessionScore: true } },
        // Questions answered in the session itself: retries and follow-ups are extra rows.
        _count: { select: { answers: { where: { kind: "answer", attempt: 1 } } } },
      },
    }),
  ]);
  return {
    items: sessions.map((s) => ({
      session_id: s.id,
      role: s.role,
      difficulty: s.difficulty,
      categories: s.categories,
      status: s.status,
      origin: s.origin,
      total_questions: s.questionCount,
      answered: s._count.answers,
      overall_session_score: s.summary?.overallSessionScore ?? null,
      start_time: s.startTime.toISOString(),
      end_time: s.endTime?.toISOString() ?? null,
    })),
    pagination: { page, page_size, total, total_pages: Math.ceil(total / page_size) },
  };
}
