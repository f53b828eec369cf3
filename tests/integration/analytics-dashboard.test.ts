/**
 * Analytics against hand-computed figures for a seeded history (America/New_York, across the DST
 * change of 2026-03-08), the anonymous percentile, caching and invalidation, and the API.
 */
import { invalidateAnalytics } from "@/lib/analytics/cache";
import { computeComparison, getComparison, percentileRank } from "@/lib/analytics/get-comparison";
import { getDashboard } from "@/lib/analytics/get-dashboard";
import { getPerformance } from "@/lib/analytics/get-performance";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { api, newUser } from "../helpers/api-client";
import { seedSession, seedUser } from "../helpers/seed-history";

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

const NOW = new Date("2026-03-20T12:00:00Z");
const ROLE = `Backend Engineer ${Date.now()}`;

/** The history of the worked example in docs/analytics-and-gamification.md. */
async function seedWorkedExample(userId: number) {
  // S1 Mon 2 Feb (EST): 60, 40, 80 → 60; answers of 19 min each.
  await seedSession(userId, {
    endTime: new Date("2026-02-02T15:00:00Z"),
    difficulty: "Medium",
    questions: [
      { category: "Technical", score: 60, timeTaken: 1140 },
      { category: "Technical", score: 40, timeTaken: 1140 },
      { category: "Behavioral", score: 80, timeTaken: 1140 },
    ],
  });
  // S2 Wed 4 Feb: 70, skipped (0), 50 → 40.
  await seedSession(userId, {
    endTime: new Date("2026-02-04T15:00:00Z"),
    difficulty: "Medium",
    questions: [
      { category: "Technical", score: 70 },
      { category: "Behavioral", skipped: true },
      {
        category: "System_Design",
        criteria: { contentQuality: 50, clarity: 30, confidence: 70, technicalAccuracy: 50 },
      },
    ],
  });
  // S3 Sun 1 Mar 22:30 EST (Mon 2 Mar in UTC): 90, 80 → 85.
  await seedSession(userId, {
    endTime: new Date("2026-03-02T03:30:00Z"),
    difficulty: "Hard",
    questions: [
      { category: "Technical", score: 90 },
      { category: "Technical", score: 80 },
    ],
  });
  // S4 Tue 10 Mar (EDT), finished early: 90, 100, not reached → 95.
  await seedSession(userId, {
    endTime: new Date("2026-03-10T14:00:00Z"),
    difficulty: "Hard",
    questions: [
      { category: "Behavioral", score: 90 },
      { category: "Technical", score: 100 },
      { category: "System_Design", notReached: true },
    ],
  });
  // S5 Wed 18 Mar: 75 (criteria 75/90/60/75), 65, failed evaluation (left out) → 70.
  await seedSession(userId, {
    endTime: new Date("2026-03-18T16:00:00Z"),
    difficulty: "Hard",
    questions: [
      {
        category: "Technical",
        criteria: { contentQuality: 75, clarity: 90, confidence: 60, technicalAccuracy: 75 },
      },
      { category: "Behavioral", score: 65 },
      { category: "Technical", failed: true },
    ],
  });
  // Not in any score: an abandoned session (its 5 minutes count as practice) and one in progress.
  await seedSession(userId, {
    endTime: new Date("2026-03-19T10:00:00Z"),
    status: "abandoned",
    questions: [
      { category: "Coding", score: 20, timeTaken: 300 },
      { category: "Coding", notReached: true },
    ],
  });
  // (Recent activity, so that a concurrent abandonment sweep in another test file leaves it alone.)
  await seedSession(userId, {
    endTime: new Date(),
    status: "in_progress",
    questions: [
      { category: "Coding", score: 99, timeTaken: 1000 },
      { category: "Coding", notReached: true },
    ],
  });
}

describe("analytics dashboard (hand-computed)", () => {
  let userId: number;
  beforeAll(async () => {
    userId = await seedUser({ timezone: "America/New_York", targetRole: ROLE });
    await seedWorkedExample(userId);
  });

  it("computes the overview, weekly points, categories, criteria and areas", async () => {
    const { data, cached } = await getDashboard(userId, NOW);
    expect(cached).toBe(false);
    expect(data.overview).toEqual({
      total_interviews: 5,
      average_score_all_time: 70,
      average_score_last_30_days: 83.3,
      sessions_last_30_days: 3,
      improvement_rate: 65,
      best_score: 95,
      // 3 × 1140 + 9 × 60 + 300 (abandoned) = 4260 s; the in-progress session's 1000 s are not counted.
      total_practice_hours: 1.2,
      total_practice_minutes: 71,
    });
    expect(data.score_over_time).toEqual([
      { date: "2026-02-02", average_score: 50, sessions: 2 },
      { date: "2026-02-23", average_score: 85, sessions: 1 },
      { date: "2026-03-09", average_score: 95, sessions: 1 },
      { date: "2026-03-16", average_score: 70, sessions: 1 },
    ]);
    expect(data.category_performance).toEqual({ Technical: 74, Behavioral: 59, System_Design: 50 });
    expect(data.category_details.map((c) => [c.category, c.questions, c.last_difficulty])).toEqual([
      ["Technical", 7, "Hard"],
      ["Behavioral", 4, "Hard"],
      ["System_Design", 1, "Medium"],
    ]);
    expect(data.criteria_performance).toEqual({
      content_quality: 73,
      clarity: 72,
      confidence: 73,
      technical_accuracy: 73,
    });
    expect(data.strongest_area).toMatchObject({ kind: "category", key: "Technical", score: 74 });
    expect(data.weakest_area).toMatchObject({ kind: "category", key: "System_Design", score: 50 });
    expect(data.strengths).toEqual(["Technical", "Content quality", "Confidence"]);
    expect(data.weaknesses).toEqual(["System design", "Behavioral"]);
  });

  it("recommends the weakest category at its difficulty and an unpractised one", async () => {
    const { data } = await getDashboard(userId, NOW);
    expect(
      data.recommendations.map((r) => [r.kind, r.session.difficulty, r.session.categories]),
    ).toEqual([
      ["focus_weakest", "Medium", ["System_Design"]],
      ["explore", "Hard", ["Domain_Specific"]],
    ]);
    for (const r of data.recommendations)
      expect(r.session).toMatchObject({ role: ROLE, question_count: 5 });
  });

  it("counts streak days in the user's zone (a Sunday-night session stays on Sunday)", async () => {
    const days = await db.interviewSession.findMany({
      where: { userId, status: "completed" },
      orderBy: { endTime: "asc" },
      select: { practiceDate: true },
    });
    expect(days.map((d) => d.practiceDate?.toISOString().slice(0, 10))).toEqual([
      "2026-02-02",
      "2026-02-04",
      "2026-03-01",
      "2026-03-10",
      "2026-03-18",
    ]);
    const { data } = await getDashboard(userId, NOW);
    // Last practice on the 18th, today is the 20th in New York: the streak is broken.
    expect(data.streak).toMatchObject({
      current_streak: 0,
      longest_streak: 1,
      last_practice_date: "2026-03-18",
    });
  });

  it("serves the dashboard from the cache until a session completes or the profile changes", async () => {
    await invalidateAnalytics(userId);
    expect((await getDashboard(userId, NOW)).cached).toBe(false);
    expect((await getDashboard(userId, NOW)).cached).toBe(true);
    // A new completed session (finalised) invalidates it.
    await seedSession(userId, {
      endTime: new Date("2026-03-19T15:00:00Z"),
      difficulty: "Hard",
      questions: [{ category: "Technical", score: 100 }],
    });
    const after = await getDashboard(userId, NOW);
    expect(after.cached).toBe(false);
    expect(after.data.overview.total_interviews).toBe(6);
    expect(after.data.streak).toMatchObject({
      current_streak: 2,
      longest_streak: 2,
      last_practice_date: "2026-03-19",
    });
    // A profile change invalidates it too.
    expect((await getDashboard(userId, NOW)).cached).toBe(true);
    const { onProfileChanged } = await import("@/lib/users/profile-events");
    await onProfileChanged(userId);
    expect((await getDashboard(userId, NOW)).cached).toBe(false);
  });

  it("reports performance per category, difficulty and criterion over a window", async () => {
    const perf = await getPerformance(userId, { days: "30" }, NOW);
    // Last 30 days: S3 (85), S4 (95), S5 (70) and the session added above (100).
    expect(perf.sessions_count).toBe(4);
    expect(perf.by_difficulty).toEqual([{ difficulty: "Hard", sessions: 4, average_score: 87.5 }]);
    expect(perf.by_category.find((c) => c.category === "Technical")).toMatchObject({
      // 90, 80, 100, 75, 100 → 89; the failed one is answered but not evaluated.
      average_score: 89,
      questions: 5,
      answered: 6,
      evaluated: 5,
    });
    expect(perf.recent_sessions.map((s) => s.score)).toEqual([100, 70, 95, 85]);
    const all = await getPerformance(userId, {}, NOW);
    expect(all.sessions_count).toBe(6);
    expect(all.by_difficulty.map((d) => d.difficulty)).toEqual(["Medium", "Hard"]);
  });
});

describe("anonymous comparison", () => {
  it("ranks the user among users with the same target role, in SQL, with only aggregates", async () => {
    const role = `Cohort Role ${Date.now()}`;
    const me = await seedUser({ targetRole: role });
    await seedSession(me, {
      endTime: new Date("2026-03-01T12:00:00Z"),
      questions: [{ category: "Technical", score: 70 }],
    });
    const others: number[] = [];
    for (const score of [50, 60, 70, 80, 90]) {
      // Letter case does not split a cohort.
      const other = await seedUser({ targetRole: score === 60 ? role.toUpperCase() : role });
      others.push(other);
      await seedSession(other, {
        endTime: new Date("2026-03-02T12:00:00Z"),
        questions: [{ category: "Technical", score }],
      });
    }
    // Not in the cohort: another role, a deleted account, a user without sessions.
    const elsewhere = await seedUser({ targetRole: `${role} (other)` });
    await seedSession(elsewhere, {
      endTime: new Date("2026-03-02T12:00:00Z"),
      questions: [{ category: "Technical", score: 99 }],
    });
    const deleted = await seedUser({ targetRole: role });
    await seedSession(deleted, {
      endTime: new Date("2026-03-02T12:00:00Z"),
      questions: [{ category: "Technical", score: 99 }],
    });
    await db.user.update({ where: { id: deleted }, data: { deletedAt: new Date() } });
    await seedUser({ targetRole: role });

    const result = await computeComparison(me, role);
    // 6 users; 2 below (50, 60) and one tie (70): 100 · (2 + 0.5) / 5 = 50.
    expect(result).toEqual({
      target_role: role,
      minimum_cohort: 5,
      status: "ok",
      percentile: 50,
      cohort_size: 6,
      your_average: 70,
    });
    // The SQL figure agrees with the formula: top of the cohort 100, bottom 0, tie at 70 → 50.
    expect((await computeComparison(others[4]!, role)).percentile).toBe(100);
    expect((await computeComparison(others[0]!, role)).percentile).toBe(0);
    expect((await computeComparison(others[2]!, role)).percentile).toBe(percentileRank(2, 2, 6));
    expect(Object.keys(result).sort()).toEqual(
      [
        "cohort_size",
        "minimum_cohort",
        "percentile",
        "status",
        "target_role",
        "your_average",
      ].sort(),
    );
  });

  it("suppresses the comparison for cohorts under 5 users and explains other cases", async () => {
    const role = `Small Cohort ${Date.now()}`;
    const users = [];
    for (const score of [40, 60, 80, 90]) {
      const id = await seedUser({ targetRole: role });
      await seedSession(id, {
        endTime: new Date("2026-03-02T12:00:00Z"),
        questions: [{ category: "Technical", score }],
      });
      users.push(id);
    }
    expect(await computeComparison(users[0]!, role)).toMatchObject({
      status: "cohort_too_small",
      percentile: null,
      cohort_size: null,
    });
    const fresh = await seedUser({ targetRole: role });
    expect(await computeComparison(fresh, role)).toMatchObject({
      status: "no_sessions",
      percentile: null,
    });
    const noRole = await seedUser();
    expect((await getComparison(noRole)).value).toMatchObject({
      status: "no_target_role",
      percentile: null,
    });
  });
});

describe("analytics API", () => {
  it("serves the dashboard, performance and comparison of the caller only", async () => {
    const user = await newUser();
    const empty = await api.get("/api/v1/analytics/dashboard", user.token);
    expect(empty.status).toBe(200);
    expect(empty.body.meta.cached).toBe(false);
    expect(empty.body.data.overview).toMatchObject({
      total_interviews: 0,
      average_score_all_time: null,
      improvement_rate: null,
    });
    expect(empty.body.data.score_over_time).toEqual([]);
    expect(empty.body.data.recommendations).toHaveLength(1);
    expect(empty.body.data.recommendations[0].kind).toBe("first_session");
    expect((await api.get("/api/v1/analytics/dashboard", user.token)).body.meta.cached).toBe(true);

    await seedSession(user.id, {
      endTime: new Date(),
      questions: [{ category: "Coding", score: 88 }],
    });
    const other = await newUser();
    await seedSession(other.id, {
      endTime: new Date(),
      questions: [{ category: "Coding", score: 11 }],
    });
    const dash = await api.get("/api/v1/analytics/dashboard", user.token);
    expect(dash.body.data.overview).toMatchObject({
      total_interviews: 1,
      average_score_all_time: 88,
    });
    expect(dash.body.data.streak).toMatchObject({ current_streak: 1, practiced_today: true });

    const perf = await api.get("/api/v1/analytics/performance?days=7", user.token);
    expect(perf.status).toBe(200);
    expect(perf.body.data.by_category).toEqual([
      expect.objectContaining({ category: "Coding", average_score: 88 }),
    ]);
    expect((await api.get("/api/v1/analytics/performance?days=0", user.token)).status).toBe(422);

    const cmp = await api.get("/api/v1/analytics/comparison", user.token);
    expect(cmp.status).toBe(200);
    expect(cmp.body.data.status).toBe("no_target_role");
    expect((await api.get("/api/v1/analytics/dashboard")).status).toBe(401);
  });
});
