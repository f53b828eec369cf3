/**
 * The admin-facing service: provider health and breaker states, quota used, usage and cost per
 * day, and cache hit rates per layer.
 */
import {
  getAiAdminOverview,
  getCacheHitRates,
  getProviderStatus,
  getProviderUsage,
} from "@/lib/admin/ai-status";
import { evaluateAnswer } from "@/lib/ai/evaluate-answer";
import { closeCache } from "@/lib/cache";
import { flushCacheMetrics } from "@/lib/cache/metrics";
import { db, disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { invalidateUser } from "@/lib/users/get-user";
import { configureOffline, configureProviders } from "../helpers/ai-providers";
import { api, newUser } from "../helpers/api-client";
import { startFakeLlmServer, type FakeLlmServer } from "../helpers/fake-llm-server";

let fake: FakeLlmServer;
let n = 0;

beforeAll(async () => {
  fake = await startFakeLlmServer();
});
afterAll(async () => {
  await configureOffline();
  await fake.close();
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

const answer = () => ({
  questionText: "What does an index do in a relational database?",
  category: "Technical" as const,
  difficulty: "Easy" as const,
  expectedAnswerPoints: ["An index speeds up lookups by a column", "It costs extra work on writes"],
  answerText: `An index speeds up lookups by a column, like a book's index (${++n}). It costs extra work on every write.`,
});

describe("AI admin status", () => {
  it("reports breaker state, health, quota used and score per provider", async () => {
    await configureProviders(fake, ["groq", "gemini"], {
      AI_BREAKER_THRESHOLD: "2",
      AI_BREAKER_HALF_OPEN_MS: "60000",
      GROQ_DAILY_QUOTA: "100",
    });
    fake.setMode("gemini", "server_error");
    await evaluateAnswer(answer()); // groq answers
    fake.setMode("groq", "server_error");
    await evaluateAnswer(answer()); // groq fails, gemini fails → built-in
    await evaluateAnswer(answer()); // gemini first now; both fail again → both breakers open

    const status = await getProviderStatus();
    const byName = new Map(status.map((s) => [s.name, s]));
    expect([...byName.keys()]).toEqual(["groq", "gemini", "huggingface", "ollama", "builtin"]);
    expect(byName.get("groq")).toMatchObject({
      configured: true,
      breaker: { state: "open" },
      health: { calls: 3, failures: 2 },
      quota: { limit: 100, window: "day", unit: "requests", used: 3 },
      score: null,
    });
    expect(byName.get("groq")!.breaker!.probeAt!.getTime()).toBeGreaterThan(Date.now());
    expect(byName.get("gemini")).toMatchObject({
      breaker: { state: "open" },
      lastFailure: { kind: "server_error" },
    });
    expect(byName.get("ollama")).toMatchObject({ configured: false, breaker: null });
    expect(byName.get("builtin")).toMatchObject({ configured: true });
  });

  it("reports usage and estimated cost per provider per day, and hit rates per layer", async () => {
    await configureProviders(fake, ["groq"]);
    await evaluateAnswer(answer());
    await flushCacheMetrics();
    const usage = await getProviderUsage(7);
    const today = new Date().toISOString().slice(0, 10);
    const groq = usage.find((u) => u.provider === "groq" && u.date === today);
    expect(groq).toBeDefined();
    expect(groq!.requests).toBeGreaterThanOrEqual(1);
    expect(groq!.estimatedCost).toBeGreaterThan(0);
    expect(groq!.avgLatencyMs).toBeGreaterThanOrEqual(0);

    const rates = await getCacheHitRates(7);
    expect(rates.layers.map((l) => l.layer)).toEqual([
      "L1_Questions",
      "L2_Evaluations",
      "L3_Sessions",
      "L4_User_Prefs",
    ]);
    const l2 = rates.layers.find((l) => l.layer === "L2_Evaluations")!;
    expect(l2.misses).toBeGreaterThanOrEqual(1);
    expect(l2.hitRate).toBeCloseTo((100 * l2.hits) / (l2.hits + l2.misses), 10);

    const overview = await getAiAdminOverview();
    expect(overview.providers.length).toBe(5);
    expect(overview.usage.length).toBeGreaterThanOrEqual(1);
  });

  it("is served to administrators only at GET /api/v1/admin/ai-status", async () => {
    await configureOffline();
    const user = await newUser();
    expect((await api.get("/api/v1/admin/ai-status")).status).toBe(401);
    const denied = await api.get("/api/v1/admin/ai-status", user.token);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe("AUTHORIZATION_ERROR");

    // Granted directly in the database, so the cached profile (L4) is dropped by hand.
    await db.user.update({ where: { id: user.id }, data: { role: "admin" } });
    await invalidateUser(user.id);
    const res = await api.get("/api/v1/admin/ai-status", user.token);
    expect(res.status).toBe(200);
    expect(res.body.data.providers.map((p: { name: string }) => p.name)).toEqual([
      "groq",
      "gemini",
      "huggingface",
      "ollama",
      "builtin",
    ]);
    expect(res.body.data.cache.layers).toHaveLength(4);
  });
});
