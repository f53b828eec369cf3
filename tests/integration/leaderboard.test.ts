/**
 * Leaderboards: recomputation (weekly window, ranking, anonymous names, opt-out), concurrent
 * runs on several "instances", and the API, which never exposes a user id.
 */
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { anonymousName } from "@/lib/gamification/anonymous-name";
import { recomputeLeaderboards, weekStartUtc } from "@/lib/gamification/recompute-leaderboards";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { api, newUser } from "../helpers/api-client";
import { seedSession, seedUser } from "../helpers/seed-history";

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

// Each test file has its own database on the embedded backend, but the postgres project shares
// one per run: boards are asserted on this file's users only.
const NOW = new Date("2026-09-16T12:00:00Z"); // a Wednesday; the week starts Monday the 14th
const THIS_WEEK = new Date("2026-09-15T09:00:00Z");
const LAST_WEEK = new Date("2026-09-10T09:00:00Z");

async function scoredSession(userId: number, endTime: Date, score: number) {
  await seedSession(userId, { endTime, questions: [{ category: "Technical", score }] });
}

describe("leaderboard recomputation", () => {
  const users: Record<string, number> = {};

  beforeAll(async () => {
    // a: 90 this week, 50 last week → weekly 90 (1 session), all-time 70 (2)
    // b: 80, 80 this week → weekly 80 (2), all-time 80 (2)
    // c: 80 this week → weekly 80 (1)   d: 70 last week only → all-time only
    // e: 100 this week, but opted out   f: 95 this week, account deleted
    for (const name of ["a", "b", "c", "d", "e", "f"])
      users[name] = await seedUser({ leaderboardOptOut: name === "e" });
    await scoredSession(users.a!, THIS_WEEK, 90);
    await scoredSession(users.a!, LAST_WEEK, 50);
    await scoredSession(users.b!, THIS_WEEK, 80);
    await scoredSession(users.b!, new Date(THIS_WEEK.getTime() + 3_600_000), 80);
    await scoredSession(users.c!, THIS_WEEK, 80);
    await scoredSession(users.d!, LAST_WEEK, 70);
    await scoredSession(users.e!, THIS_WEEK, 100);
    await scoredSession(users.f!, THIS_WEEK, 95);
    await db.user.update({ where: { id: users.f! }, data: { deletedAt: new Date() } });
    await recomputeLeaderboards(NOW);
  });

  const board = async (period: "weekly" | "all_time") => {
    const mine = new Set(Object.values(users));
    const rows = await db.leaderboardEntry.findMany({
      where: { period },
      orderBy: [{ rank: "asc" }, { userId: "asc" }],
    });
    return rows.filter((r) => mine.has(r.userId!));
  };

  it("ranks the week by average, then by number of sessions, and skips opted-out and deleted users", async () => {
    const weekly = await board("weekly");
    expect(weekStartUtc(NOW)).toBe("2026-09-14");
    expect(weekly.map((r) => [r.userId, r.averageScore, r.totalInterviews])).toEqual([
      [users.a, 90, 1],
      [users.b, 80, 2],
      [users.c, 80, 1],
    ]);
    const ranks = weekly.map((r) => r.rank);
    expect(ranks[1]! < ranks[2]!).toBe(true);
    expect(weekly.every((r) => r.periodStart?.toISOString().startsWith("2026-09-14"))).toBe(true);
  });

  it("ranks all time over every session", async () => {
    const all = await board("all_time");
    expect(all.map((r) => [r.userId, r.averageScore, r.totalInterviews])).toEqual([
      [users.b, 80, 2],
      [users.c, 80, 1],
      [users.a, 70, 2],
      [users.d, 70, 1],
    ]);
  });

  it("names users anonymously and stably, with a name that needs the server secret", async () => {
    const all = await board("all_time");
    for (const row of all) {
      expect(row.anonymousUsername).toBe(anonymousName(row.userId!));
      expect(row.anonymousUsername).toMatch(/^[A-Z][a-z]+[A-Z][a-z]+\d{1,3}$/);
    }
    expect(anonymousName(users.a!, "another-secret-another-secret-0123456789")).not.toBe(
      anonymousName(users.a!),
    );
  });

  it("is rebuilt, not appended to, and survives concurrent runs on several instances", async () => {
    // Only this file's users: on PostgreSQL other files add sessions to the shared database.
    const mine = async () => [...(await board("weekly")), ...(await board("all_time"))];
    const before = await mine();
    await Promise.all([
      recomputeLeaderboards(NOW),
      recomputeLeaderboards(NOW),
      recomputeLeaderboards(NOW),
    ]);
    const after = await mine();
    expect(after).toHaveLength(before.length);
    expect(after.map((r) => [r.period, r.userId, r.averageScore])).toEqual(
      before.map((r) => [r.period, r.userId, r.averageScore]),
    );
    const weekly = await board("weekly");
    expect(new Set(weekly.map((r) => r.userId)).size).toBe(weekly.length);
  });
});

describe("GET /api/v1/leaderboard", () => {
  it("returns ranks, names, averages, totals and the caller's own rank, never user ids; opting out hides the caller", async () => {
    const me = await newUser();
    const rival = await newUser();
    await seedSession(me.id, {
      endTime: new Date(),
      questions: [{ category: "Technical", score: 77 }],
    });
    await seedSession(rival.id, {
      endTime: new Date(),
      questions: [{ category: "Technical", score: 66 }],
    });
    await recomputeLeaderboards();

    const res = await api.get("/api/v1/leaderboard?period=weekly", me.token);
    expect(res.status).toBe(200);
    const data = res.body.data;
    expect(data.period).toBe("weekly");
    expect(data.you).toMatchObject({
      anonymous_username: anonymousName(me.id),
      average_score: 77,
      total_interviews: 1,
    });
    expect(data.entries.find((e: { is_you: boolean }) => e.is_you)).toMatchObject({
      rank: data.you.rank,
    });
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/user_?id/i);
    expect(Object.keys(data.entries[0]).sort()).toEqual([
      "anonymous_username",
      "average_score",
      "is_you",
      "rank",
      "total_interviews",
    ]);

    const allTime = await api.get("/api/v1/leaderboard?period=all_time&limit=5", me.token);
    expect(allTime.body.data.entries.length).toBeLessThanOrEqual(5);
    expect((await api.get("/api/v1/leaderboard?period=monthly", me.token)).status).toBe(422);

    // Opting out removes the caller at once, before the next recomputation.
    expect(
      (await api.put("/api/v1/users/me", { leaderboard_opt_out: true }, me.token)).status,
    ).toBe(200);
    const hidden = (await api.get("/api/v1/leaderboard?period=weekly&limit=100", me.token)).body
      .data;
    expect(hidden.opted_out).toBe(true);
    expect(hidden.you).toBeNull();
    expect(
      hidden.entries.some(
        (e: { anonymous_username: string }) => e.anonymous_username === anonymousName(me.id),
      ),
    ).toBe(false);
    const seenByRival = (await api.get("/api/v1/leaderboard?period=weekly&limit=100", rival.token))
      .body.data;
    expect(
      seenByRival.entries.some(
        (e: { anonymous_username: string }) => e.anonymous_username === anonymousName(me.id),
      ),
    ).toBe(false);
    await recomputeLeaderboards();
    expect(await db.leaderboardEntry.count({ where: { userId: me.id } })).toBe(0);
  });
});

describe("a session just finished", () => {
  it("puts its candidate on the board at once, without waiting for the scheduled rebuild", async () => {
    await recomputeLeaderboards();
    const me = await newUser();
    await seedSession(me.id, {
      endTime: new Date(),
      questions: [{ category: "Technical", score: 64 }],
    });
    expect(await db.leaderboardEntry.count({ where: { userId: me.id } })).toBe(0);
    const res = await api.get("/api/v1/leaderboard?period=weekly&limit=100", me.token);
    expect(res.body.data.you).toMatchObject({ average_score: 64, total_interviews: 1 });
    const allTime = await api.get("/api/v1/leaderboard?period=all_time&limit=100", me.token);
    expect(allTime.body.data.you).toMatchObject({ average_score: 64 });
    // Once on the board, reading it does not rebuild it again.
    const before = await db.leaderboardEntry.findFirst({
      where: { userId: me.id, period: "weekly" },
      select: { createdAt: true },
    });
    await api.get("/api/v1/leaderboard?period=weekly", me.token);
    expect(
      await db.leaderboardEntry.findFirst({
        where: { userId: me.id, period: "weekly" },
        select: { createdAt: true },
      }),
    ).toEqual(before);
  });
});
