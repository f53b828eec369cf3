// npm run bench:cache — replays a realistic mix of interview traffic (many users, common roles)
// through the real API handlers and services, and reports each cache layer's hit rate after
// warm-up (spec property 17: L1 and L4 ≥ 90 %) and the LLM provider calls per completed session.
//
// Runs on embedded PGlite in memory and the in-process cache by default, or on DATABASE_URL /
// REDIS_URL when set (on DATABASE_URL's server, in a database of its own, dropped at the end).
// Without provider settings, an OpenAI-compatible fake Groq on 127.0.0.1 stands in for the LLM,
// so provider calls are real HTTP calls through the real SDK; `--offline` runs with none at all.
//
// Usage: npm run bench:cache [-- --users 120 --max-sessions 3 --concurrency 8 --seed 7 --offline]
import { randomBytes } from "node:crypto";
import { openBenchDatabase } from "./lib/bench-database";

interface Options {
  users: number;
  maxSessions: number;
  concurrency: number;
  seed: number;
  offline: boolean;
  warmupShare: number;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string, fallback: number) => {
    const at = argv.indexOf(`--${name}`);
    const n = at === -1 ? NaN : Number(argv[at + 1]);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    users: value("users", 120),
    maxSessions: value("max-sessions", 3),
    concurrency: value("concurrency", 8),
    seed: value("seed", 7),
    offline: argv.includes("--offline"),
    // The first quarter of the sessions is warm-up traffic, not measured.
    warmupShare: 0.25,
  };
}

// The mix: roles as a job board sees them (bank roles plus titles that name them, and a few the
// bank has no questions for), the form's defaults most often.
const ROLES: Array<[string, number]> = [
  ["Software Engineer", 24],
  ["Frontend Engineer", 13],
  ["Backend Engineer", 13],
  ["Data Scientist", 10],
  ["DevOps / SRE", 8],
  ["Product Manager", 8],
  ["QA Engineer", 6],
  ["Engineering Manager", 5],
  ["Senior React Developer", 4],
  ["Machine Learning Engineer", 3],
  ["Site Reliability Engineer", 3],
  ["Rust Embedded Engineer", 2],
  ["Blockchain Developer", 1],
];
const DIFFICULTIES: Array<[string, number]> = [
  ["Easy", 20],
  ["Medium", 45],
  ["Hard", 25],
  ["Expert", 10],
];
const COUNTS: Array<[number, number]> = [
  [5, 70],
  [10, 25],
  [3, 5],
];
const CATEGORY_SETS: Array<[string[], number]> = [
  [["Technical"], 40],
  [["Technical", "Behavioral"], 18],
  [["Behavioral"], 10],
  [["System_Design"], 10],
  [["Coding"], 10],
  [["Technical", "Behavioral", "Domain_Specific", "System_Design", "Coding"], 12],
];
// Share of a user's later sessions started from "Practice again" (the same settings as before).
const PRACTICE_AGAIN_SHARE = 0.6;
// Share of answers that are the same words another candidate used (pasted model answers, short
// stock replies): the part of the traffic the L2 cache can serve.
const REPEATED_ANSWER_SHARE = 0.2;

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(random: () => number, items: Array<[T, number]>): T {
  const total = items.reduce((n, [, w]) => n + w, 0);
  let r = random() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

const FILLERS = [
  "In my last project",
  "From experience",
  "The way I see it",
  "To be concrete",
  "In practice",
];

/** An answer covering some of the expected points in the candidate's own framing. */
function answerFor(points: string[], random: () => number, candidate: number): string {
  if (random() < REPEATED_ANSWER_SHARE) return `${points.join(". ")}.`;
  const covered = points.filter(() => random() < 0.7);
  const opener = FILLERS[Math.floor(random() * FILLERS.length)]!;
  const body = (covered.length > 0 ? covered : points.slice(0, 1))
    .map((p) => p.charAt(0).toLowerCase() + p.slice(1))
    .join(", and ");
  return `${opener} (candidate ${candidate}), ${body}. I would measure the outcome and adjust.`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  process.env.LOG_LEVEL ??= "error";
  process.env.BCRYPT_ROUNDS ??= "4";
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  process.env.RATE_LIMIT_PER_MINUTE = "1000000";
  // The bench reads the per-process counters itself; no flush may reset them mid-measurement.
  process.env.CACHE_METRICS_FLUSH_MS = String(24 * 60 * 60 * 1000);
  const benchDb = await openBenchDatabase();
  try {
    await run(options);
  } finally {
    await benchDb.drop();
  }
}

async function run(options: Options): Promise<void> {
  const prefix = `bench:${randomBytes(4).toString("hex")}:`;
  if (process.env.REDIS_URL) process.env.CACHE_PREFIX = prefix;

  const { startFakeLlmServer } = await import("../tests/helpers/fake-llm-server");
  const { PROVIDER_ENV_VARS } = await import("../lib/ai/providers/registry");
  const configured = PROVIDER_ENV_VARS.some((k) => process.env[k]);
  const fake = !options.offline && !configured ? await startFakeLlmServer() : null;
  if (fake) {
    process.env.GROQ_BASE_URL = fake.url;
    process.env.GROQ_API_KEY = "bench";
  }
  if (options.offline) {
    for (const k of PROVIDER_ENV_VARS) delete process.env[k];
  }

  const { api, newUser } = await import("../tests/helpers/api-client");
  const { cache, closeCache } = await import("@/lib/cache");
  const { drainLayerCounts, peekLayerCounts } = await import("@/lib/cache/layers");
  const { hitRate } = await import("@/lib/cache/hit-rate");
  const { db, disconnectDb } = await import("@/lib/db/client");
  const { readExpectedPoints } = await import("@/lib/evaluations/expected-points");
  const { inProcessQueue } = await import("@/lib/jobs/in-process-queue");
  const { installInProcessRunner } = await import("@/lib/jobs/in-process-runner");
  const { llmProviders } = await import("@/lib/ai/router");
  const { warmQuestionPools } = await import("@/lib/questions/warm-pools");

  // Answers are evaluated in the background, as on a server without Inngest.
  installInProcessRunner();
  const started = performance.now();
  const warmed = await warmQuestionPools();
  const random = rng(options.seed);

  // Each user practises for one target role (sometimes a neighbouring difficulty) a few times.
  const plans = Array.from({ length: options.users }, () => ({
    role: weighted(random, ROLES),
    sessions: 1 + Math.floor(random() * options.maxSessions),
  }));
  const totalSessions = plans.reduce((n, p) => n + p.sessions, 0);
  const warmupSessions = Math.round(totalSessions * options.warmupShare);
  let sessionsStarted = 0;
  let rewarmed = { loaded: 0, cached: 0, empty: 0 };
  let measuring = false;
  let providerCallsAtStart = 0;
  let fakeCallsAtStart = 0;
  const measuredSessions: number[] = [];
  let answered = 0;

  const providerCalls = async () =>
    fake
      ? fake.calls.length
      : (await db.aiProviderUsage.findMany({ where: { providerName: { not: "builtin" } } })).reduce(
          (n, r) => n + r.requestCount,
          0,
        );

  async function beginMeasuring() {
    await inProcessQueue().onIdle();
    // What the periodic warming job does in production: the combinations now popular too.
    rewarmed = await warmQuestionPools();
    drainLayerCounts();
    providerCallsAtStart = await providerCalls();
    fakeCallsAtStart = fake?.calls.length ?? 0;
    measuring = true;
  }

  type Settings = {
    role: string;
    difficulty: string;
    question_count: number;
    categories: string[];
  };
  const freshSettings = (role: string, random: () => number): Settings => ({
    role,
    difficulty: weighted(random, DIFFICULTIES),
    question_count: weighted(random, COUNTS),
    categories: weighted(random, CATEGORY_SETS),
  });

  async function runSession(
    token: string,
    settings: Settings,
    candidate: number,
    random: () => number,
  ) {
    sessionsStarted++;
    if (!measuring && sessionsStarted > warmupSessions) await beginMeasuring();
    const countedHere = measuring;
    await api.get("/api/v1/users/me", token);
    const created = await api.post<{
      session_id: number;
      first_question: { question_id: number } | null;
    }>("/api/v1/interviews", settings, token);
    if (created.status !== 201)
      throw new Error(`session not created: ${JSON.stringify(created.body.error)}`);
    const sessionId = created.body.data.session_id;
    if (countedHere) measuredSessions.push(sessionId);
    let next = created.body.data.first_question;
    while (next) {
      await api.get(`/api/v1/interviews/${sessionId}`, token);
      const question = await db.question.findUniqueOrThrow({ where: { id: next.question_id } });
      const res = await api.post<{ next_question: { question_id: number } | null } | null>(
        `/api/v1/interviews/${sessionId}/answers`,
        {
          question_id: next.question_id,
          answer_text: answerFor(
            readExpectedPoints(question.expectedAnswerPoints),
            random,
            candidate,
          ),
        },
        token,
      );
      answered++;
      next = res.body.data?.next_question ?? null;
    }
    // The candidate watches the results come in, then reads the summary.
    for (let poll = 0; poll < 50; poll++) {
      const state = await api.get<{ progress: { evaluations_pending: number } }>(
        `/api/v1/interviews/${sessionId}`,
        token,
      );
      if (state.body.data.progress.evaluations_pending === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await api.get(`/api/v1/interviews/${sessionId}/summary`, token);
  }

  let cursor = 0;
  async function worker() {
    while (cursor < plans.length) {
      const index = cursor++;
      const plan = plans[index]!;
      // Each user draws from streams of their own (settings, answers): the same choices whatever
      // the interleaving and whichever questions were picked.
      const random = rng(options.seed * 100_003 + index);
      const answerRandom = rng(options.seed * 100_003 + index + 50_000);
      const user = await newUser(`Bench User ${index}`);
      await api.put("/api/v1/users/me", { target_role: plan.role }, user.token);
      let settings = freshSettings(plan.role, random);
      for (let s = 0; s < plan.sessions; s++) {
        if (s > 0 && random() >= PRACTICE_AGAIN_SHARE) settings = freshSettings(plan.role, random);
        await runSession(user.token, settings, index, answerRandom);
      }
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  await inProcessQueue().onIdle();
  // Completed: every answer evaluated and the summary written.
  const completed = await db.sessionSummary.count({
    where: { sessionId: { in: measuredSessions } },
  });

  const counts = peekLayerCounts();
  const rate = (layer: "L1_Questions" | "L2_Evaluations" | "L3_Sessions" | "L4_User_Prefs") => {
    const c = counts.get(layer) ?? { hits: 0, misses: 0 };
    return { ...c, rate: hitRate(c.hits, c.misses) / 100 };
  };
  const calls = (await providerCalls()) - providerCallsAtStart;
  const perSession = completed === 0 ? 0 : calls / completed;
  const providers =
    llmProviders()
      .map((p) => p.name)
      .join(", ") || "none (built-in only)";

  console.log(
    `bench:cache — ${options.users} users, ${totalSessions} sessions (${warmupSessions} warm-up), ${answered} answers`,
  );
  console.log(
    `database: ${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite (memory)"}; cache: ${cache().kind}; LLM: ${fake ? "fake Groq on 127.0.0.1" : providers}`,
  );
  console.log(
    `warmed ${warmed.loaded} common question pools at start and ${rewarmed.loaded} popular ones after warm-up; measured ${completed} completed sessions`,
  );
  for (const layer of ["L1_Questions", "L2_Evaluations", "L3_Sessions", "L4_User_Prefs"] as const) {
    const r = rate(layer);
    console.log(
      `  ${layer.padEnd(15)} hits ${String(r.hits).padStart(6)}  misses ${String(r.misses).padStart(6)}  hit rate ${(r.rate * 100).toFixed(1)} %`,
    );
  }
  const byTask = fake
    ? ` — ${fake.calls.slice(fakeCallsAtStart).filter((c) => c.task === "evaluate_answer").length} evaluations, ` +
      `${fake.calls.slice(fakeCallsAtStart).filter((c) => c.task === "generate_questions").length} question generations`
    : "";
  console.log(
    `  LLM provider calls ${calls}${byTask} (${perSession.toFixed(2)} per completed session); ${Math.round((performance.now() - started) / 1000)} s`,
  );
  console.log(
    `l1_hit_rate=${rate("L1_Questions").rate.toFixed(3)} l4_hit_rate=${rate("L4_User_Prefs").rate.toFixed(3)} provider_calls_per_session=${perSession.toFixed(2)}`,
  );

  if (process.env.REDIS_URL) await cache().delPrefix("");
  await fake?.close();
  await closeCache();
  await disconnectDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
