import { readDelivery } from "@/lib/answers/answer-delivery";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

/** One session's delivery, averaged over its answers that have delivery feedback. */
export interface DeliveryTrendPoint {
  sessionId: number;
  /** The session's day (YYYY-MM-DD): its practice day in the user's time zone once summarised,
   * else the UTC day it started. */
  date: string;
  role: string;
  answers: number;
  spokenAnswers: number;
  fillersPerMinute: number;
  hedgesPerMinute: number;
  /** Mean measured pace of the spoken answers; null when none was measured. */
  wordsPerMinute: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Delivery over a user's most recent sessions (oldest first), one point per session: fillers and
 * hedges per minute (spoken measured, typed as if read aloud: one scale) and the spoken pace.
 * Sessions without delivery feedback (before it existed, or all skipped) are left out.
 */
export async function getDeliveryTrend(
  userId: number,
  sessions = 12,
): Promise<DeliveryTrendPoint[]> {
  const rows = await db.interviewSession.findMany({
    where: {
      userId,
      status: { in: ["completed", "in_progress"] },
      answers: { some: { delivery: { not: Prisma.DbNull } } },
    },
    orderBy: { startTime: "desc" },
    take: sessions,
    select: {
      id: true,
      role: true,
      startTime: true,
      practiceDate: true,
      answers: { select: { delivery: true } },
    },
  });
  return rows
    .flatMap((s) => {
      const reports = s.answers.flatMap((a) => {
        const r = readDelivery(a.delivery);
        return r ? [r] : [];
      });
      if (reports.length === 0) return [];
      const paces = reports.flatMap((r) => (r.pace.measured ? [r.pace.wordsPerMinute] : []));
      return [
        {
          sessionId: s.id,
          date: (s.practiceDate ?? s.startTime).toISOString().slice(0, 10),
          role: s.role,
          answers: reports.length,
          spokenAnswers: reports.filter((r) => r.mode === "spoken").length,
          fillersPerMinute: round1(mean(reports.map((r) => r.fillers.perMinute))),
          hedgesPerMinute: round1(mean(reports.map((r) => r.hedges.perMinute))),
          wordsPerMinute: paces.length > 0 ? Math.round(mean(paces)) : null,
        },
      ];
    })
    .reverse();
}
