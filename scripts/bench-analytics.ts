// Analytics benchmark: seeds USERS × SESSIONS completed interview sessions (questions, answers,
// evaluations, summaries, practice days, streaks, achievements — the rows the real flow writes,
// in batch inserts), then times the dashboard service for random users, uncached (the database
// work the target is about) and cached.
//
//   npm run bench:analytics [-- --users 1000 --sessions 20 --runs 400 --explain]
//
// With DATABASE_URL: a database of its own is created on that server, migrated, and dropped at the
// end. Without: embedded PGlite in memory. The cache is the in-process one in both cases (REDIS_URL
// is ignored: the figure is about the query). Last line: dashboard_p95_ms=<x> users=<n> sessions=<m>
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import { seededRandom } from "@/lib/questions/pick";
import { openBenchDatabase } from "./lib/bench-database";
import type { SummaryItem } from "@/lib/summaries/compute-summary";
import type { Difficulty, QuestionCategory as Category } from "@/lib/validations/enums";

type Args = { users: number; sessions: number; runs: number; questions: number; explain: boolean };

function parseArgs(argv: string[]): Args {
  const args: Args = { users: 1000, sessions: 20, runs: 400, questions: 5, explain: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => Number(argv[++i]);
    if (a === "--users") args.users = next();
    else if (a === "--sessions") args.sessions = next();
    else if (a === "--runs") args.runs = next();
    else if (a === "--questions") args.questions = next();
    else if (a === "--explain") args.explain = true;
  }
  return args;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  process.env.LOG_LEVEL ??= "warn";
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  delete process.env.REDIS_URL;
  delete process.env.INNGEST_EVENT_KEY;
  delete process.env.INNGEST_DEV;
  delete process.env.INNGEST_BASE_URL;

  const { backend, drop } = await openBenchDatabase();

  try {
    // Imported after the environment is set: env() is read once.
    const { db, disconnectDb } = await import("@/lib/db/client");
    const { closeCache } = await import("@/lib/cache");
    try {
      await seed(args);
      if (backend === "postgresql") await db.$executeRawUnsafe("ANALYZE");
      const result = await measure(args);
      if (args.explain) await explain(result.sampleUser);
      console.log(
        `backend=${backend} cold: p50=${result.cold.p50.toFixed(2)} ms p95=${result.cold.p95.toFixed(2)} ms p99=${result.cold.p99.toFixed(2)} ms` +
          ` | cached: p50=${result.warm.p50.toFixed(2)} ms p95=${result.warm.p95.toFixed(2)} ms` +
          ` | runs=${args.runs}`,
      );
      console.log(
        `dashboard_p95_ms=${result.cold.p95.toFixed(2)} users=${args.users} sessions=${args.users * args.sessions}`,
      );
    } finally {
      await disconnectDb();
      await closeCache();
    }
  } finally {
    await drop();
  }
}

async function seed(args: Args): Promise<void> {
  const { db } = await import("@/lib/db/client");
  const { computeSummary, scoreTrend } = await import("@/lib/summaries/compute-summary");
  const { overallScore } = await import("@/lib/evaluations/score");
  const { localDate, stringToDateColumn } = await import("@/lib/gamification/practice-day");
  const { streakFromDates } = await import("@/lib/gamification/streak-rules");
  const { qualifyingAchievements } = await import("@/lib/gamification/achievement-rules");
  const { bankRoles } = await import("@/lib/questions/bank/load");
  const roles = bankRoles();

  const started = performance.now();
  const rand = seededRandom(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const ZONES = [
    "UTC",
    "Europe/London",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Tongatapu",
  ];
  const DIFFS: Difficulty[] = ["Easy", "Medium", "Hard", "Expert"];

  const questions = await db.question.findMany({
    select: { id: true, role: true, category: true },
  });
  const pool = new Map<string, { id: number; category: Category }[]>();
  for (const q of questions)
    pool.set(q.role, [...(pool.get(q.role) ?? []), { id: q.id, category: q.category }]);

  const firstUserId = 1_000_000;
  const users = Array.from({ length: args.users }, (_, i) => ({
    id: firstUserId + i,
    email: `bench-${i}@example.com`,
    passwordHash: "bench",
    name: `Bench User ${i}`,
    targetRole: roles[i % roles.length]!,
    timezone: ZONES[i % ZONES.length]!,
  }));
  for (let i = 0; i < users.length; i += 5000)
    await db.user.createMany({ data: users.slice(i, i + 5000) });

  const sessions: Prisma.InterviewSessionCreateManyInput[] = [];
  const items: Prisma.SessionQuestionCreateManyInput[] = [];
  const answers: Prisma.AnswerCreateManyInput[] = [];
  const evaluations: Prisma.EvaluationCreateManyInput[] = [];
  const summaries: Prisma.SessionSummaryCreateManyInput[] = [];
  const streaks: Prisma.UserStreakCreateManyInput[] = [];
  const achievements: Prisma.UserAchievementCreateManyInput[] = [];
  const now = Date.now();
  const DAY = 86_400_000;
  let sessionId = 1_000_000;
  let answerId = 1_000_000;

  for (const user of users) {
    const skill = 45 + rand() * 45;
    const candidates = pool.get(user.targetRole) ?? questions;
    // Sessions over the last ~120 days, in runs of consecutive days (streaks) with gaps between.
    let day = 120 + Math.floor(rand() * 10);
    const days: string[] = [];
    let previousScore: number | null = null;
    let best = 0;
    const perCategory = new Map<Category, number[]>();
    for (let k = 0; k < args.sessions; k++) {
      day -= rand() < 0.6 ? 1 : 2 + Math.floor(rand() * 8);
      const end = new Date(now - Math.max(0, day) * DAY - Math.floor(rand() * 12 * 3_600_000));
      const start = new Date(end.getTime() - 25 * 60_000);
      const difficulty = pick(DIFFS);
      const categories = [...new Set([pick(candidates).category, pick(candidates).category])];
      const chosen = candidates.filter((q) => categories.includes(q.category));
      const picked = new Set<number>();
      while (picked.size < Math.min(args.questions, chosen.length)) picked.add(pick(chosen).id);
      const id = ++sessionId;
      const summaryItems: SummaryItem[] = [];
      [...picked].forEach((questionId, index) => {
        const category = candidates.find((q) => q.id === questionId)!.category;
        const skipped = rand() < 0.08;
        if (skipped) {
          items.push({
            sessionId: id,
            questionId,
            displayOrder: index + 1,
            status: "skipped",
            questionDisplayedAt: start,
          });
          summaryItems.push({ category, status: "skipped", evaluation: null });
          return;
        }
        const c = () => Math.max(0, Math.min(100, Math.round(skill + (rand() - 0.5) * 40)));
        const scores = {
          contentQuality: c(),
          clarity: c(),
          confidence: c(),
          technicalAccuracy: c(),
        };
        const overall = overallScore(scores);
        const aid = ++answerId;
        answers.push({
          id: aid,
          sessionId: id,
          questionId,
          answerText: "A benchmark answer long enough for the length check.",
          answerHash: `bench-${aid}`,
          timeTaken: 60 + Math.floor(rand() * 240),
          submittedAt: end,
        });
        evaluations.push({
          answerId: aid,
          status: "completed",
          attempts: 1,
          provider: "builtin",
          ...scores,
          overallScore: overall,
          strengths: ["Clear structure"],
          improvements: ["Give a concrete example"],
          evaluatedAt: end,
        });
        items.push({
          sessionId: id,
          questionId,
          displayOrder: index + 1,
          answerId: aid,
          status: "answered",
          questionDisplayedAt: start,
        });
        summaryItems.push({
          category,
          status: "answered",
          evaluation: { status: "completed", overall, ...scores, strengths: [], improvements: [] },
        });
        perCategory.set(category, [...(perCategory.get(category) ?? []), overall]);
      });
      const summary = computeSummary(summaryItems);
      const practice = localDate(end, user.timezone);
      days.push(practice);
      sessions.push({
        id,
        userId: user.id,
        role: user.targetRole,
        difficulty,
        categories,
        questionCount: picked.size,
        status: "completed",
        startTime: start,
        endTime: end,
        lastActivityAt: end,
        practiceDate: stringToDateColumn(practice),
        createdAt: start,
      });
      const trend = scoreTrend(summary.overallSessionScore, previousScore);
      previousScore = summary.overallSessionScore;
      best = Math.max(best, summary.overallSessionScore);
      summaries.push({
        sessionId: id,
        overallSessionScore: summary.overallSessionScore,
        scoreTrend: trend,
        strengths: summary.strengths,
        improvements: summary.improvements,
        categoryPerformance: summary.categoryPerformance,
        criteriaScores: summary.criteria ?? {},
        createdAt: end,
        finalizedAt: end,
      });
    }
    const streak = streakFromDates(days);
    streaks.push({
      userId: user.id,
      currentStreak: streak.current,
      longestStreak: streak.longest,
      lastPracticeDate: streak.lastDate ? stringToDateColumn(streak.lastDate) : null,
    });
    const earned = qualifyingAchievements({
      completedSessions: args.sessions,
      bestSessionScore: best,
      longestStreak: streak.longest,
      categories: [...perCategory].map(([category, xs]) => ({
        category,
        answers: xs.length,
        average: xs.reduce((a, b) => a + b, 0) / xs.length,
      })),
    });
    for (const achievementType of earned) achievements.push({ userId: user.id, achievementType });
  }

  const insert = async <T>(label: string, rows: T[], write: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 4000) await write(rows.slice(i, i + 4000));
    process.stderr.write(`  ${label}: ${rows.length}\n`);
  };
  process.stderr.write(`seeding ${args.users} users × ${args.sessions} sessions…\n`);
  await insert("interview_sessions", sessions, (data) => db.interviewSession.createMany({ data }));
  await insert("answers", answers, (data) => db.answer.createMany({ data }));
  await insert("session_questions", items, (data) => db.sessionQuestion.createMany({ data }));
  await insert("evaluations", evaluations, (data) => db.evaluation.createMany({ data }));
  await insert("session_summaries", summaries, (data) => db.sessionSummary.createMany({ data }));
  await insert("user_streaks", streaks, (data) => db.userStreak.createMany({ data }));
  await insert("user_achievements", achievements, (data) =>
    db.userAchievement.createMany({ data }),
  );
  for (const table of ["users", "interview_sessions", "answers"]) {
    await db.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max("id") FROM "${table}"))`,
    );
  }
  process.stderr.write(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

async function measure(args: Args) {
  const { getDashboard } = await import("@/lib/analytics/get-dashboard");
  const { invalidateAnalytics } = await import("@/lib/analytics/cache");
  const rand = seededRandom(7);
  const userAt = () => 1_000_000 + Math.floor(rand() * args.users);
  // Warm-up: connections, prepared plans, the L4 profile cache.
  for (let i = 0; i < 30; i++) await getDashboard(userAt());
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < args.runs; i++) {
    const userId = userAt();
    await invalidateAnalytics(userId);
    let t = performance.now();
    const first = await getDashboard(userId);
    cold.push(performance.now() - t);
    if (first.cached || first.data.overview.total_interviews !== args.sessions) {
      throw new Error(
        `unexpected dashboard for user ${userId}: ${JSON.stringify(first.data.overview)}`,
      );
    }
    t = performance.now();
    await getDashboard(userId);
    warm.push(performance.now() - t);
  }
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) };
  };
  return { cold: stats(cold), warm: stats(warm), sampleUser: userAt() };
}

/** EXPLAIN ANALYZE of the dashboard's queries for one user (--explain). */
async function explain(userId: number): Promise<void> {
  const { db } = await import("@/lib/db/client");
  const queries = {
    sessions: `SELECT s."id", ss."overall_session_score" FROM "interview_sessions" s JOIN "session_summaries" ss ON ss."session_id" = s."id" WHERE s."user_id" = ${userId} AND s."status" = 'completed' ORDER BY s."end_time", s."id"`,
    questions: `SELECT sq."session_id", q."category", e."overall_score" FROM "interview_sessions" s JOIN "session_summaries" ss ON ss."session_id" = s."id" JOIN "session_questions" sq ON sq."session_id" = s."id" JOIN "questions" q ON q."id" = sq."question_id" LEFT JOIN "answers" a ON a."id" = sq."answer_id" LEFT JOIN "evaluations" e ON e."answer_id" = a."id" WHERE s."user_id" = ${userId} AND s."status" = 'completed'`,
    practice: `SELECT COALESCE(sum(a."time_taken"), 0) FROM "interview_sessions" s JOIN "answers" a ON a."session_id" = s."id" WHERE s."user_id" = ${userId} AND s."status" IN ('completed', 'abandoned')`,
  };
  for (const [name, sql] of Object.entries(queries)) {
    const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ANALYZE ${sql}`);
    console.log(`--- ${name}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
