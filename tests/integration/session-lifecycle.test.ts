/**
 * Finishing early, abandoning, and the 2-hour abandonment sweep (idempotent, concurrent-safe).
 */
import { InngestTestEngine } from "@inngest/test";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { abandonStaleSessions, ABANDON_AFTER_MS } from "@/lib/interviews/abandon-stale-sessions";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { recoverUnfinalizedSessions } from "@/lib/summaries/recover-finalization";
import { api, newUser } from "../helpers/api-client";
import { seedSession, seedUser } from "../helpers/seed-history";

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

const ANSWER =
  "An index is a separate sorted structure, usually a B-tree, that lets the database find rows by key " +
  "without scanning the table; it speeds up reads but costs space and slows down writes.";

async function startSession(token: string, count = 3) {
  const res = await api.post(
    "/api/v1/interviews",
    {
      role: "Backend Engineer",
      difficulty: "Medium",
      question_count: count,
      categories: ["Technical"],
    },
    token,
  );
  expect(res.status).toBe(201);
  return res.body.data as { session_id: number; first_question: { question_id: number } };
}

describe("POST /interviews/{id}/complete", () => {
  it("finishes early: unreached questions are left out, skipped ones count 0", async () => {
    const user = await newUser();
    const s = await startSession(user.token, 4);
    await api.post(
      `/api/v1/interviews/${s.session_id}/answers`,
      { question_id: s.first_question.question_id, answer_text: ANSWER },
      user.token,
    );
    const second = (await api.get(`/api/v1/interviews/${s.session_id}`, user.token)).body.data
      .current_question;
    const skipped = await api.post(
      `/api/v1/interviews/${s.session_id}/questions/${second.question_id}/skip`,
      {},
      user.token,
    );
    expect(skipped.status).toBe(200);

    const done = await api.post(`/api/v1/interviews/${s.session_id}/complete`, {}, user.token);
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({
      status: "completed",
      answered: 1,
      skipped: 1,
      not_reached: 2,
    });
    // Idempotent.
    expect(
      (await api.post(`/api/v1/interviews/${s.session_id}/complete`, {}, user.token)).status,
    ).toBe(200);
    // No more answers.
    const third = (
      await db.sessionQuestion.findFirstOrThrow({
        where: { sessionId: s.session_id, status: "pending" },
      })
    ).questionId;
    expect(
      (
        await api.post(
          `/api/v1/interviews/${s.session_id}/answers`,
          { question_id: third, answer_text: ANSWER },
          user.token,
        )
      ).status,
    ).toBe(409);

    await inProcessQueue().onIdle();
    const summary = (await api.get(`/api/v1/interviews/${s.session_id}/summary`, user.token)).body
      .data;
    expect(summary.complete).toBe(true);
    const score = (
      await db.evaluation.findFirstOrThrow({ where: { answer: { sessionId: s.session_id } } })
    ).overallScore!;
    expect(summary.overall_session_score).toBe(Math.round(score / 2));
    expect(
      summary.questions.filter((q: { status: string }) => q.status === "pending"),
    ).toHaveLength(2);
    expect(
      await db.interviewSession.findUniqueOrThrow({ where: { id: s.session_id } }),
    ).toMatchObject({ status: "completed" });
  });

  it("refuses a session with nothing answered or skipped, an abandoned one, and another user's", async () => {
    const user = await newUser();
    const s = await startSession(user.token);
    const empty = await api.post(`/api/v1/interviews/${s.session_id}/complete`, {}, user.token);
    expect(empty.status).toBe(409);
    const stranger = await newUser();
    expect(
      (await api.post(`/api/v1/interviews/${s.session_id}/complete`, {}, stranger.token)).status,
    ).toBe(404);
    expect(
      (await api.post(`/api/v1/interviews/${s.session_id}/abandon`, {}, stranger.token)).status,
    ).toBe(404);
    expect((await api.post(`/api/v1/interviews/abc/complete`, {}, user.token)).status).toBe(404);

    const abandoned = await api.post(`/api/v1/interviews/${s.session_id}/abandon`, {}, user.token);
    expect(abandoned.status).toBe(200);
    expect(abandoned.body.data).toMatchObject({ status: "abandoned" });
    expect(
      (await api.post(`/api/v1/interviews/${s.session_id}/abandon`, {}, user.token)).status,
    ).toBe(200);
    expect(
      (await api.post(`/api/v1/interviews/${s.session_id}/complete`, {}, user.token)).status,
    ).toBe(409);
    expect(
      (
        await api.post(
          `/api/v1/interviews/${s.session_id}/answers`,
          { question_id: s.first_question.question_id, answer_text: ANSWER },
          user.token,
        )
      ).status,
    ).toBe(409);
    expect(await db.sessionSummary.count({ where: { sessionId: s.session_id } })).toBe(0);
  });

  it("cannot abandon a completed session", async () => {
    const userId = await seedUser();
    const user = await newUser();
    const id = await seedSession(user.id, {
      endTime: new Date(),
      questions: [{ category: "Technical", score: 50 }],
    });
    expect((await api.post(`/api/v1/interviews/${id}/abandon`, {}, user.token)).status).toBe(409);
    expect(userId).toBeGreaterThan(0);
  });
});

describe("abandonment sweep", () => {
  it("abandons sessions idle for more than 2 hours, once, even with several sweepers", async () => {
    const userId = await seedUser();
    const now = new Date();
    const stale = await seedSession(userId, {
      endTime: new Date(now.getTime() - ABANDON_AFTER_MS - 60_000),
      status: "in_progress",
      questions: [{ category: "Technical", notReached: true }],
    });
    const fresh = await seedSession(userId, {
      endTime: new Date(now.getTime() - ABANDON_AFTER_MS + 60_000),
      status: "in_progress",
      questions: [{ category: "Technical", notReached: true }],
    });
    const results = await Promise.all([
      abandonStaleSessions(now),
      abandonStaleSessions(now),
      abandonStaleSessions(now),
    ]);
    const mine = await db.interviewSession.findMany({
      where: { id: { in: [stale, fresh] } },
      orderBy: { id: "asc" },
    });
    expect(mine.map((s) => s.status)).toEqual(["abandoned", "in_progress"]);
    expect(mine[0]!.endTime?.getTime()).toBe(mine[0]!.lastActivityAt.getTime());
    expect(results.reduce((n, r) => n + r.abandoned, 0)).toBeGreaterThanOrEqual(1);
    const again = await abandonStaleSessions(now);
    expect(await db.interviewSession.count({ where: { id: stale, status: "abandoned" } })).toBe(1);
    expect(again.abandoned).toBe(0);
  });

  it("runs as Inngest cron functions (abandonment and leaderboards)", async () => {
    const { scheduledFunctions } = await import("@/inngest/functions/scheduled-functions");
    const abandonStaleSessionsFn = scheduledFunctions["abandon-stale-sessions"]!;
    const recomputeLeaderboardsFn = scheduledFunctions["recompute-leaderboards"]!;
    const abandon = await new InngestTestEngine({ function: abandonStaleSessionsFn }).execute();
    expect(abandon.result).toEqual({ abandoned: expect.any(Number) });
    const boards = await new InngestTestEngine({ function: recomputeLeaderboardsFn }).execute();
    expect(boards.result).toEqual({ weekly: expect.any(Number), all_time: expect.any(Number) });
  });

  it("the finalize-session function runs summary, streak, achievements and finalisation as steps", async () => {
    const { eventFunctions } = await import("@/inngest/functions/event-functions");
    const finalizeSessionFn = eventFunctions["interview/session.completed"];
    const userId = await seedUser();
    const id = await seedSession(userId, {
      endTime: new Date(),
      questions: [{ category: "Technical", score: 64 }],
      summarise: "none",
    });
    const t = new InngestTestEngine({ function: finalizeSessionFn });
    const { result } = await t.execute({
      events: [{ name: "interview/session.completed", data: { session_id: id } }],
    });
    expect(result).toEqual({ session_id: id, finalized: true, achievements: ["First_Interview"] });
    expect(await db.sessionSummary.findUniqueOrThrow({ where: { sessionId: id } })).toMatchObject({
      overallSessionScore: 64,
    });
    expect((await db.userStreak.findUniqueOrThrow({ where: { userId } })).currentStreak).toBe(1);
  });
});

describe("finalisation recovery", () => {
  it("finalises completed sessions whose job was lost, once nothing is in flight", async () => {
    const userId = await seedUser();
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    const lost = await seedSession(userId, {
      endTime: tenMinutesAgo,
      questions: [{ category: "Technical", score: 70 }],
      summarise: "none",
    });
    const waiting = await seedSession(userId, {
      endTime: tenMinutesAgo,
      questions: [{ category: "Technical", score: 70 }],
      summarise: "none",
    });
    await db.evaluation.updateMany({
      where: { answer: { sessionId: waiting } },
      data: {
        status: "pending",
        overallScore: null,
        contentQuality: null,
        clarity: null,
        confidence: null,
        technicalAccuracy: null,
      },
    });
    const result = await recoverUnfinalizedSessions();
    expect(result.redispatched).toBeGreaterThanOrEqual(1);
    await inProcessQueue().onIdle();
    expect(
      (await db.sessionSummary.findUniqueOrThrow({ where: { sessionId: lost } })).finalizedAt,
    ).not.toBeNull();
    expect(await db.sessionSummary.findUnique({ where: { sessionId: waiting } })).toBeNull();
    expect(
      await db.userAchievement.count({ where: { userId, achievementType: "First_Interview" } }),
    ).toBe(1);
    // Finalised sessions are not picked up again.
    await recoverUnfinalizedSessions();
    await inProcessQueue().onIdle();
    expect(await db.sessionSummary.count({ where: { sessionId: lost } })).toBe(1);
  });
});
