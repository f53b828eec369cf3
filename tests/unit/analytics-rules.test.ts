/**
 * The pure parts of analytics and gamification against hand-computed values: improvement rate,
 * weekly points, areas, recommendations, percentile, leaderboard ranking, anonymous names.
 */
import {
  computeDashboard,
  improvementRate,
  round1,
  sessionPoints,
  weeklyPoints,
} from "@/lib/analytics/compute-dashboard";
import { percentileRank } from "@/lib/analytics/get-comparison";
import { recommend, stepDifficulty } from "@/lib/analytics/recommendations";
import type { HistoryQuestion, HistorySession } from "@/lib/analytics/types";
import { anonymousName } from "@/lib/gamification/anonymous-name";
import { rankEntries, weekStartUtc } from "@/lib/gamification/recompute-leaderboards";
import type { Difficulty, QuestionCategory } from "@/lib/validations/enums";

const session = (
  id: number,
  iso: string,
  score: number,
  difficulty: Difficulty = "Medium",
  role = "QA Engineer",
): HistorySession => ({
  id,
  endTime: new Date(iso),
  role,
  difficulty,
  categories: [],
  score,
  practiceDate: null,
});
const question = (
  sessionId: number,
  category: QuestionCategory,
  score: number | "skipped",
  criteria?: [number, number, number, number],
): HistoryQuestion => {
  const [cq, cl, co, ta] =
    criteria ?? (score === "skipped" ? [0, 0, 0, 0] : [score, score, score, score]);
  return score === "skipped"
    ? {
        sessionId,
        category,
        status: "skipped",
        evaluationStatus: null,
        overall: null,
        contentQuality: null,
        clarity: null,
        confidence: null,
        technicalAccuracy: null,
      }
    : {
        sessionId,
        category,
        status: "answered",
        evaluationStatus: "completed",
        overall: score,
        contentQuality: cq,
        clarity: cl,
        confidence: co,
        technicalAccuracy: ta,
      };
};

describe("improvement rate", () => {
  it("compares the first and last k = min(5, ⌊n/2⌋) sessions", () => {
    expect(improvementRate([])).toBeNull();
    expect(improvementRate([50])).toBeNull();
    expect(improvementRate([50, 60])).toBe(20);
    expect(improvementRate([50, 99, 60])).toBe(20); // k = 1: 50 → 60
    expect(improvementRate([40, 60, 70, 90])).toBe(60); // 50 → 80
    // 12 sessions: first five average 50, last five 75 → +50 %.
    expect(improvementRate([50, 50, 50, 50, 50, 1, 2, 75, 75, 75, 75, 75])).toBe(50);
    expect(improvementRate([0, 50])).toBeNull();
    expect(improvementRate([80, 60])).toBe(-25);
    expect(round1(83.35)).toBe(83.4);
    expect(round1(-2.25)).toBe(-2.3);
  });
});

describe("weekly points", () => {
  it("groups by ISO week of the local day; the stored practice day wins", () => {
    const s = [
      session(1, "2026-01-05T02:00:00Z", 60), // Sun 4 Jan in Los Angeles → week of 29 Dec
      session(2, "2026-01-05T20:00:00Z", 80), // Mon 5 Jan
      { ...session(3, "2026-01-06T20:00:00Z", 90), practiceDate: "2026-01-04" }, // stored: Sun 4 Jan
    ];
    expect(weeklyPoints(s, "America/Los_Angeles")).toEqual([
      { date: "2025-12-29", average_score: 75, sessions: 2 },
      { date: "2026-01-05", average_score: 80, sessions: 1 },
    ]);
    expect(weeklyPoints(s, "UTC")).toEqual([
      { date: "2025-12-29", average_score: 90, sessions: 1 },
      { date: "2026-01-05", average_score: 70, sessions: 2 },
    ]);
  });
});

describe("session points", () => {
  it("keeps every session of a week as its own point, oldest first, with its local day", () => {
    const s = [
      session(2, "2026-01-06T20:00:00Z", 80),
      session(1, "2026-01-05T02:00:00Z", 60),
      { ...session(3, "2026-01-07T20:00:00Z", 90), practiceDate: "2026-01-08" },
    ];
    expect(weeklyPoints(s, "UTC")).toHaveLength(1);
    expect(sessionPoints(s, "America/Los_Angeles")).toEqual([
      { session_id: 1, date: "2026-01-04", role: s[1]!.role, score: 60 },
      { session_id: 2, date: "2026-01-06", role: s[0]!.role, score: 80 },
      { session_id: 3, date: "2026-01-08", role: s[2]!.role, score: 90 },
    ]);
  });

  it("shows the most recent 30 sessions", () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      session(i + 1, new Date(Date.UTC(2026, 0, 1 + i, 12)).toISOString(), i),
    );
    const points = sessionPoints(many, "UTC");
    expect(points).toHaveLength(30);
    expect(points[0]!.session_id).toBe(11);
    expect(points[29]!.session_id).toBe(40);
  });
});

describe("recommendations", () => {
  const base = { criteria: null, targetRole: null };
  const stat = (category: QuestionCategory, average: number, last: Difficulty, questions = 3) => ({
    category,
    label: category.replace("_", " "),
    average_score: average,
    questions,
    last_difficulty: last,
  });

  it("gives a new user one first session", () => {
    const r = recommend({ ...base, categories: [], sessions: [] });
    expect(r).toEqual([
      expect.objectContaining({
        kind: "first_session",
        session: {
          role: "Software Engineer",
          difficulty: "Medium",
          categories: ["Technical", "Behavioral"],
          question_count: 5,
        },
      }),
    ]);
  });

  it("focuses the weakest category one level easier below 50, levels up the strongest at 80+", () => {
    const r = recommend({
      ...base,
      targetRole: "Data Scientist",
      sessions: [session(1, "2026-01-01T00:00:00Z", 60, "Hard")],
      categories: [
        stat("Technical", 85, "Medium"),
        stat("Behavioral", 42, "Hard"),
        stat("Coding", 70, "Hard"),
      ],
      criteria: { content_quality: 80, clarity: 55, confidence: 75, technical_accuracy: 70 },
    });
    expect(r.map((x) => [x.kind, x.session.difficulty, x.session.categories])).toEqual([
      ["focus_weakest", "Medium", ["Behavioral"]],
      ["level_up", "Hard", ["Technical"]],
      // clarity 55 → Behavioral at the last session's difficulty (Hard).
      ["criterion", "Hard", ["Behavioral"]],
    ]);
    expect(r.every((x) => x.session.role === "Data Scientist")).toBe(true);
  });

  it("explores an unpractised category, and raises the bar when everything is strong", () => {
    const sessions = [session(1, "2026-01-01T00:00:00Z", 90, "Expert", "SRE")];
    const strongAll = (
      [
        "Technical",
        "Behavioral",
        "Domain_Specific",
        "System_Design",
        "Coding",
      ] as QuestionCategory[]
    ).map((c) => stat(c, 90, "Expert"));
    expect(
      recommend({ ...base, sessions, categories: strongAll }).map((x) => [
        x.kind,
        x.session.difficulty,
      ]),
    ).toEqual([["challenge", "Expert"]]);
    const r = recommend({ ...base, sessions, categories: [stat("Technical", 75, "Expert")] });
    expect(r.map((x) => [x.kind, x.session.categories, x.session.role])).toEqual([
      ["explore", ["Behavioral"], "SRE"],
    ]);
    expect(stepDifficulty("Easy", -1)).toBe("Easy");
    expect(stepDifficulty("Hard", 1)).toBe("Expert");
  });
});

describe("computeDashboard", () => {
  it("derives every figure from a small history", () => {
    const sessions = [
      session(1, "2026-02-01T10:00:00Z", 50),
      session(2, "2026-02-20T10:00:00Z", 70),
      session(3, "2026-03-01T10:00:00Z", 90),
    ];
    const questions = [
      question(1, "Technical", 50),
      question(2, "Technical", 100, [100, 100, 100, 100]),
      question(2, "Behavioral", "skipped"),
      question(3, "Behavioral", 90, [95, 85, 80, 95]),
    ];
    const d = computeDashboard(
      { sessions, questions, practiceSeconds: 5400 },
      { now: new Date("2026-03-05T00:00:00Z"), timeZone: "UTC", targetRole: null },
    );
    expect(d.overview).toEqual({
      total_interviews: 3,
      average_score_all_time: 70,
      average_score_last_30_days: 80,
      sessions_last_30_days: 2,
      improvement_rate: 80,
      best_score: 90,
      total_practice_hours: 1.5,
      total_practice_minutes: 90,
    });
    // Technical (50 + 100) / 2 = 75; Behavioral (0 + 90) / 2 = 45.
    expect(d.category_performance).toEqual({ Technical: 75, Behavioral: 45 });
    // Criteria over the 3 evaluated answers: content (50+100+95)/3 = 81.67 → 82, clarity 235/3 → 78,
    // confidence 230/3 → 77, technical 245/3 → 82.
    expect(d.criteria_performance).toEqual({
      content_quality: 82,
      clarity: 78,
      confidence: 77,
      technical_accuracy: 82,
    });
    expect(d.strengths).toEqual(["Content quality", "Technical accuracy", "Clarity"]);
    expect(d.weaknesses).toEqual(["Behavioral"]);
    expect(d.strongest_area).toMatchObject({ key: "content_quality", score: 82 });
    expect(d.weakest_area).toMatchObject({ key: "Behavioral", score: 45 });
    expect(d.recommendations[0]).toMatchObject({
      kind: "focus_weakest",
      session: { difficulty: "Easy", categories: ["Behavioral"] },
    });
  });
});

describe("comparison and leaderboard", () => {
  it("percentile: share of the others outscored, ties counted half", () => {
    expect(percentileRank(4, 1, 5)).toBe(100);
    expect(percentileRank(0, 1, 5)).toBe(0);
    expect(percentileRank(2, 2, 6)).toBe(50);
    expect(percentileRank(0, 5, 5)).toBe(50);
  });

  it("ranks by average then sessions; ties share a rank", () => {
    expect(
      rankEntries([
        { userId: 1, average: 80, total: 2 },
        { userId: 2, average: 90, total: 1 },
        { userId: 3, average: 80, total: 2 },
        { userId: 4, average: 80, total: 5 },
        { userId: 5, average: 79.6, total: 9 },
      ]).map((e) => [e.userId, e.rank, e.averageScore]),
    ).toEqual([
      [2, 1, 90],
      [4, 2, 80],
      [1, 3, 80],
      [3, 3, 80],
      [5, 5, 80],
    ]);
    expect(weekStartUtc(new Date("2026-11-22T23:59:00Z"))).toBe("2026-11-16");
    expect(weekStartUtc(new Date("2026-11-23T00:00:00Z"))).toBe("2026-11-23");
  });

  it("anonymous names are stable per user and secret", () => {
    const secret = "s".repeat(40);
    expect(anonymousName(42, secret)).toBe(anonymousName(42, secret));
    expect(anonymousName(42, secret)).toMatch(/^[A-Z][a-z]+[A-Z][a-z]+\d{1,3}$/);
    const names = new Set(Array.from({ length: 500 }, (_, i) => anonymousName(i + 1, secret)));
    expect(names.size).toBeGreaterThan(490);
  });
});
