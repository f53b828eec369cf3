/**
 * Summaries, streaks and achievements through the real finalisation: the whole loop over the API,
 * concurrent and repeated completions (exactly one summary, one award per achievement, a correct
 * streak), time zones at the date line and property 14 against the database.
 */
import fc from "fast-check";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import type { AchievementType } from "@/lib/db/generated/enums";
import {
  qualifyingAchievements,
  type AchievementFacts,
} from "@/lib/gamification/achievement-rules";
import { awardAchievements, loadAchievementFacts } from "@/lib/gamification/award-achievements";
import { loadStreak } from "@/lib/gamification/update-streak";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { finalizeSession } from "@/lib/summaries/finalize-session";
import type { QuestionCategory } from "@/lib/validations/enums";
import { api, newUser } from "../helpers/api-client";
import { seedSession, seedUser } from "../helpers/seed-history";

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

const DAY = 86_400_000;
const ANSWER =
  "Threads share the memory of their process, so access to shared data must be synchronised with locks " +
  "or other primitives; processes are isolated and communicate through pipes, sockets or shared memory.";

async function achievementRows(userId: number) {
  return db.userAchievement.findMany({ where: { userId }, orderBy: { achievementType: "asc" } });
}

describe("the loop over the API", () => {
  it("summarises the last answer, records the streak, awards First_Interview once and reports it for the toast", async () => {
    const user = await newUser();
    const created = await api.post(
      "/api/v1/interviews",
      {
        role: "Software Engineer",
        difficulty: "Easy",
        question_count: 2,
        categories: ["Technical"],
      },
      user.token,
    );
    const { session_id: sessionId, first_question: first } = created.body.data;
    await api.post(
      `/api/v1/interviews/${sessionId}/answers`,
      { question_id: first.question_id, answer_text: ANSWER },
      user.token,
    );
    const second = (await api.get(`/api/v1/interviews/${sessionId}`, user.token)).body.data
      .current_question;
    const last = await api.post(
      `/api/v1/interviews/${sessionId}/questions/${second.question_id}/skip`,
      {},
      user.token,
    );
    expect(last.body.data.session_status).toBe("completed");
    await inProcessQueue().onIdle();

    const summary = (await api.get(`/api/v1/interviews/${sessionId}/summary`, user.token)).body
      .data;
    expect(summary.complete).toBe(true);
    const evaluated = await db.evaluation.findFirstOrThrow({ where: { answer: { sessionId } } });
    // Property 13 with a skipped question: mean of (score, 0), rounded.
    expect(summary.overall_session_score).toBe(Math.round((evaluated.overallScore! + 0) / 2));
    expect(summary.achievements_earned).toEqual([
      expect.objectContaining({ type: "First_Interview", title: "First interview" }),
    ]);

    const achievements = (await api.get("/api/v1/achievements", user.token)).body.data;
    expect(achievements.earned_count).toBe(1);
    expect(achievements.achievements).toHaveLength(7);
    expect(
      achievements.achievements.find((a: { type: string }) => a.type === "First_Interview"),
    ).toMatchObject({
      earned: true,
      session_id: sessionId,
    });
    expect(
      achievements.achievements.find((a: { type: string }) => a.type === "Ten_Interviews"),
    ).toMatchObject({
      earned: false,
      progress: { current: 1, target: 10 },
    });
    const streak = (await api.get("/api/v1/streaks", user.token)).body.data;
    expect(streak).toMatchObject({
      current_streak: 1,
      longest_streak: 1,
      practiced_today: true,
      timezone: "UTC",
    });

    // A rerun (duplicate delivery) changes nothing and earns nothing new.
    const rerun = await finalizeSession(sessionId);
    expect(rerun?.achievements).toEqual([]);
    expect(await db.sessionSummary.count({ where: { sessionId } })).toBe(1);
    expect(await achievementRows(user.id)).toHaveLength(1);
    expect((await loadStreak(user.id)).current).toBe(1);
  });
});

describe("concurrent completions", () => {
  it("writes one summary per session, awards each achievement once and counts the streak right", async () => {
    const userId = await seedUser({ timezone: "Europe/London" });
    // Nine summarised sessions on nine consecutive days…
    const start = Date.parse("2026-01-01T12:00:00Z");
    for (let i = 0; i < 9; i++) {
      await seedSession(userId, {
        endTime: new Date(start + i * DAY),
        questions: [{ category: "Technical", score: 60 }],
      });
    }
    expect((await loadStreak(userId)).current).toBe(9);
    expect((await achievementRows(userId)).map((a) => a.achievementType)).toEqual([
      "First_Interview",
      "Seven_Day_Streak",
    ]);
    // …then three sessions (days 10, 11, 12; one a perfect 100) complete at once, each delivered twice.
    const ids: number[] = [];
    for (let i = 9; i < 12; i++) {
      ids.push(
        await seedSession(userId, {
          endTime: new Date(start + i * DAY),
          questions: [{ category: "Technical", score: i === 10 ? 100 : 60 }],
          summarise: "none",
        }),
      );
    }
    const results = await Promise.all([...ids, ...ids].map((id) => finalizeSession(id)));
    for (const id of ids)
      expect(await db.sessionSummary.count({ where: { sessionId: id } })).toBe(1);
    const newly = results.flatMap((r) => r?.achievements ?? []);
    expect(newly.sort()).toEqual(["Perfect_Score", "Ten_Interviews"]);
    expect((await achievementRows(userId)).map((a) => a.achievementType)).toEqual([
      "First_Interview",
      "Ten_Interviews",
      "Perfect_Score",
      "Seven_Day_Streak",
    ]);
    expect(await loadStreak(userId)).toEqual({ current: 12, longest: 12, lastDate: "2026-01-12" });
    const finals = await db.sessionSummary.findMany({ where: { sessionId: { in: ids } } });
    expect(finals.every((s) => s.finalizedAt !== null)).toBe(true);
  });

  it("gets the streak right when days are summarised out of order and concurrently", async () => {
    const userId = await seedUser({ timezone: "Australia/Lord_Howe" });
    const ids: number[] = [];
    // Lord Howe leaves DST (+11 → +10:30) on 2026-04-05: one session a day around it, late evening.
    for (let i = 0; i < 6; i++) {
      ids.push(
        await seedSession(userId, {
          endTime: new Date(Date.parse("2026-04-02T12:45:00Z") + i * DAY),
          questions: [{ category: "Behavioral", score: 70 }],
          summarise: "none",
        }),
      );
    }
    await Promise.all([...ids].reverse().map((id) => finalizeSession(id)));
    const state = await loadStreak(userId);
    expect(state.current).toBe(6);
    expect(state.longest).toBe(6);
    const days = await db.interviewSession.findMany({
      where: { id: { in: ids } },
      orderBy: { id: "asc" },
      select: { practiceDate: true },
    });
    // 12:45Z is 23:45 at +11 and 23:15 at +10:30: always the same local evening.
    expect(days.map((d) => d.practiceDate!.toISOString().slice(0, 10))).toEqual([
      "2026-04-02",
      "2026-04-03",
      "2026-04-04",
      "2026-04-05",
      "2026-04-06",
      "2026-04-07",
    ]);
  });
});

describe("streak days in the user's time zone", () => {
  const instants = ["2026-03-10T10:30:00Z", "2026-03-10T11:30:00Z", "2026-03-10T12:00:00Z"].map(
    (s) => new Date(s),
  );

  it.each([
    // −11: 23:30 on the 9th, 00:30 and 01:00 on the 10th → two days.
    ["Pacific/Pago_Pago", { current: 2, longest: 2, lastDate: "2026-03-10" }],
    // +13: 23:30 on the 10th, 00:30 and 01:00 on the 11th → two days.
    ["Pacific/Tongatapu", { current: 2, longest: 2, lastDate: "2026-03-11" }],
    // UTC: all on the 10th → one day.
    ["UTC", { current: 1, longest: 1, lastDate: "2026-03-10" }],
  ])("%s", async (zone, expected) => {
    const userId = await seedUser({ timezone: zone });
    for (const endTime of instants)
      await seedSession(userId, { endTime, questions: [{ category: "Technical", score: 50 }] });
    expect(await loadStreak(userId)).toEqual(expected);
  });

  it("resets to 1 after a gap and keeps the longest; a later time zone change does not move past days", async () => {
    const userId = await seedUser({ timezone: "America/New_York" });
    const at = (iso: string) =>
      seedSession(userId, {
        endTime: new Date(iso),
        questions: [{ category: "Technical", score: 50 }],
      });
    // 7, 8 (DST starts at 2 a.m.), 9 March in New York: three days; then the 11th after a gap.
    await at("2026-03-08T04:30:00Z"); // 7 Mar 23:30 EST
    await at("2026-03-08T07:30:00Z"); // 8 Mar 03:30 EDT
    const third = await at("2026-03-10T03:59:00Z"); // 9 Mar 23:59 EDT
    expect(await loadStreak(userId)).toEqual({ current: 3, longest: 3, lastDate: "2026-03-09" });
    await at("2026-03-11T16:00:00Z"); // 11 Mar
    expect(await loadStreak(userId)).toEqual({ current: 1, longest: 3, lastDate: "2026-03-11" });
    await db.user.update({ where: { id: userId }, data: { timezone: "Asia/Tokyo" } });
    await finalizeSession(third);
    const row = await db.interviewSession.findUniqueOrThrow({ where: { id: third } });
    expect(row.practiceDate!.toISOString().slice(0, 10)).toBe("2026-03-09");
    expect(await loadStreak(userId)).toEqual({ current: 1, longest: 3, lastDate: "2026-03-11" });
  });

  it("ignores abandoned sessions", async () => {
    const userId = await seedUser();
    await seedSession(userId, {
      endTime: new Date("2026-05-01T12:00:00Z"),
      questions: [{ category: "Technical", score: 50 }],
    });
    await seedSession(userId, {
      endTime: new Date("2026-05-02T12:00:00Z"),
      status: "abandoned",
      questions: [{ category: "Technical", score: 50 }],
    });
    await seedSession(userId, {
      endTime: new Date("2026-05-03T12:00:00Z"),
      questions: [{ category: "Technical", score: 50 }],
    });
    expect(await loadStreak(userId)).toEqual({ current: 1, longest: 1, lastDate: "2026-05-03" });
  });
});

describe("Category_Master", () => {
  it("needs an average of at least 85 over at least 5 evaluated answers in one category", async () => {
    const userId = await seedUser();
    const t0 = Date.parse("2026-06-01T12:00:00Z");
    // Four answers averaging 90: not yet.
    await seedSession(userId, {
      endTime: new Date(t0),
      questions: [80, 100, 90, 90].map((score) => ({
        category: "Coding",
        score,
      })),
    });
    expect((await achievementRows(userId)).map((a) => a.achievementType)).toEqual([
      "First_Interview",
    ]);
    // A fifth of 75 → mean 87: earned.
    await seedSession(userId, {
      endTime: new Date(t0 + DAY),
      questions: [{ category: "Coding", score: 75 }],
    });
    expect((await achievementRows(userId)).map((a) => a.achievementType)).toContain(
      "Category_Master",
    );
  });
});

describe("Property 14: achievement idempotency (database)", () => {
  const CATEGORIES: QuestionCategory[] = ["Technical", "Behavioral", "Coding"];

  it("concurrent and repeated awards leave exactly one row per earned achievement", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          sessions: fc.array(
            fc.record({
              category: fc.constantFrom(...CATEGORIES),
              scores: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 3 }),
            }),
            { maxLength: 12 },
          ),
          longest: fc.integer({ min: 0, max: 35 }),
          perfect: fc.boolean(),
          concurrency: fc.integer({ min: 1, max: 6 }),
          repeats: fc.integer({ min: 1, max: 3 }),
        }),
        async ({ sessions, longest, perfect, concurrency, repeats }) => {
          const userId = await seedUser();
          const t0 = Date.parse("2026-07-01T12:00:00Z");
          for (const [i, s] of sessions.entries()) {
            const scores = perfect && i === 0 ? s.scores.map(() => 100) : s.scores;
            await seedSession(userId, {
              endTime: new Date(t0 + i * 3_600_000),
              questions: scores.map((score) => ({ category: s.category, score })),
              summarise: "summary",
            });
          }
          await db.userStreak.create({
            data: { userId, currentStreak: 0, longestStreak: longest },
          });
          const facts: AchievementFacts = await loadAchievementFacts(userId);
          const expected = qualifyingAchievements(facts);

          const returned: AchievementType[] = [];
          for (let r = 0; r < repeats; r++) {
            const batch = await Promise.all(
              Array.from({ length: concurrency }, () => awardAchievements(userId)),
            );
            returned.push(...batch.flat());
          }
          const rows = await achievementRows(userId);
          // Exactly one row per qualifying achievement, none for the others…
          expect(rows.map((r) => r.achievementType).sort()).toEqual([...expected].sort());
          // …and each reported as newly earned exactly once.
          expect([...returned].sort()).toEqual([...expected].sort());
          expect(await awardAchievements(userId)).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  }, 300_000);
});
