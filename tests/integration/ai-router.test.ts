/**
 * The provider router with the real SDK clients (Groq, Gemini, Ollama, Hugging Face) against a
 * fake provider server: fallback order on every kind of failure, timeouts, the circuit breaker's
 * transitions, quota skipping, usage rows, and the request id on every decision.
 */
import { evaluateAnswer } from "@/lib/ai/evaluate-answer";
import { breakerView } from "@/lib/ai/router/breakers";
import { evaluateOffline } from "@/lib/ai/offline/evaluator";
import type { EvaluationInput } from "@/lib/ai/types";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { logger } from "@/lib/logger";
import { withRequestContext } from "@/lib/request-context";
import { configureOffline, configureProviders } from "../helpers/ai-providers";
import { expectDelta, providerUsage } from "../helpers/ai-usage";
import { advanceClock, freezeClock, freezeClockMidWindow, releaseClock } from "../helpers/clock";
import { startFakeLlmServer, type FakeLlmServer, type FakeMode } from "../helpers/fake-llm-server";

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

/** A fresh answer each time, so no evaluation is served from the L2 cache by accident. */
function input(): EvaluationInput {
  n++;
  return {
    questionText: "What is a mutex and when would you use one?",
    category: "Technical",
    difficulty: "Medium",
    role: "Backend Engineer",
    expectedAnswerPoints: [
      "A mutex gives one thread at a time exclusive access to shared data",
      "Threads must acquire the lock before touching the shared data",
      "Holding locks too long or in different orders risks contention and deadlock",
    ],
    answerText: `A mutex gives one thread exclusive access to shared data (case ${n}). Each thread must acquire the lock before it touches the shared counter, and release it right after. Taking locks in different orders can deadlock.`,
  };
}

const usage = providerUsage;

describe("provider router", () => {
  it("uses the highest-priority healthy provider, through each real SDK", async () => {
    for (const provider of ["groq", "gemini", "huggingface", "ollama"] as const) {
      await configureProviders(fake, [provider]);
      const { provider: used, result } = await evaluateAnswer(input());
      expect(used).toBe(provider);
      expect(fake.callsTo(provider, "evaluate_answer")).toHaveLength(1);
      expect(result.evidence.filter((e) => e.covered).length).toBeGreaterThan(0);
    }
    await configureProviders(fake, ["groq", "gemini", "ollama", "huggingface"]);
    expect((await evaluateAnswer(input())).provider).toBe("groq");
    expect(fake.calls.map((c) => c.provider)).toEqual(["groq"]);
  });

  it.each<FakeMode>(["server_error", "rate_limited", "broken_json", "wrong_shape"])(
    "falls back to the next provider when the first answers with %s",
    async (mode) => {
      await configureProviders(fake, ["groq", "gemini", "ollama"]);
      fake.setMode("groq", mode);
      const before = await usage("groq");
      const { provider } = await evaluateAnswer(input());
      expect(provider).toBe("gemini");
      expect(fake.calls.map((c) => c.provider)).toEqual(["groq", "gemini"]);
      const after = await usage("groq");
      expectDelta(after.failures - before.failures, 1);
      expectDelta(after.requests - before.requests, 1);
    },
  );

  it("gives up on a provider that does not answer within its timeout", async () => {
    // Groq's cloud timeout is short; Ollama has its own (long) one, so a loaded machine cannot
    // make the healthy fallback time out too. Were the slow call awaited, the test would time out.
    await configureProviders(fake, ["groq", "ollama"], { AI_CLOUD_TIMEOUT_MS: "300" });
    fake.slowMs = 10 * 60_000;
    fake.setMode("groq", "slow");
    const { provider } = await evaluateAnswer(input());
    expect(provider).toBe("ollama");
    expect(fake.callsTo("groq")).toHaveLength(1);
  });

  it("ranks a provider that just failed below a healthy one", async () => {
    await configureProviders(fake, ["groq", "gemini"]);
    fake.queue("groq", ["server_error"]);
    expect((await evaluateAnswer(input())).provider).toBe("gemini");
    fake.calls.length = 0;
    expect((await evaluateAnswer(input())).provider).toBe("gemini");
    expect(fake.calls.map((c) => c.provider)).toEqual(["gemini"]);
  });

  it("falls back to the built-in evaluator when every provider fails, and records its usage", async () => {
    await configureProviders(fake, ["groq", "gemini", "ollama", "huggingface"]);
    fake.setMode("groq", "server_error");
    fake.setMode("gemini", "rate_limited");
    fake.setMode("ollama", "broken_json");
    fake.setMode("huggingface", "wrong_shape");
    const builtinBefore = await usage("builtin");
    const answer = input();
    const { provider, result } = await evaluateAnswer(answer);
    expect(provider).toBe("builtin");
    expect(new Set(fake.calls.map((c) => c.provider))).toEqual(
      new Set(["groq", "gemini", "ollama", "huggingface"]),
    );
    expect(result).toEqual(await evaluateOffline(answer));
    const builtinAfter = await usage("builtin");
    expectDelta(builtinAfter.requests - builtinBefore.requests, 1);
    expect(builtinAfter.cost).toBe(0);
  });

  it("records requests, failures, characters, latency and cost per provider per day", async () => {
    await configureProviders(fake, ["groq"]);
    const before = await usage("groq");
    await evaluateAnswer(input());
    fake.setMode("groq", "server_error");
    await evaluateAnswer(input());
    const after = await usage("groq");
    expectDelta(after.requests - before.requests, 2);
    expectDelta(after.failures - before.failures, 1);
    expect(after.characters - before.characters).toBeGreaterThan(1_000);
    expect(after.cost).toBeGreaterThan(before.cost);
    const today = new Date().toISOString().slice(0, 10);
    const rows = await db.aiProviderUsage.findMany({ where: { providerName: "groq" } });
    expect(rows.map((r) => r.date.toISOString().slice(0, 10))).toEqual([today]);
  });

  it("logs every decision with the request id and the answer id", async () => {
    await configureProviders(fake, ["groq", "gemini"]);
    fake.setMode("groq", "server_error");
    const info = jest.spyOn(logger, "info");
    const warn = jest.spyOn(logger, "warn");
    await withRequestContext({ requestId: "req_test_123456", answerId: 42 }, () =>
      evaluateAnswer(input()),
    );
    const lines = [...warn.mock.calls, ...info.mock.calls].filter(
      ([msg]) => msg === "ai provider call",
    );
    info.mockRestore();
    warn.mockRestore();
    expect(lines.map(([, f]) => [f?.provider, f?.outcome])).toEqual([
      ["groq", "failure"],
      ["gemini", "success"],
    ]);
    for (const [, fields] of lines) {
      expect(fields).toMatchObject({
        request_id: "req_test_123456",
        answer_id: 42,
        task: "evaluate_answer",
      });
      expect(typeof fields?.latency_ms).toBe("number");
    }
  });
});

describe("circuit breaker", () => {
  // The clock stands still, so "open" lasts until the test moves it past the half-open delay.
  const settings = { AI_BREAKER_THRESHOLD: "5", AI_BREAKER_HALF_OPEN_MS: "60000" };
  beforeEach(() => freezeClock());
  afterEach(() => releaseClock());

  it("opens after 5 consecutive failures, skips the provider, probes once half-open, then closes", async () => {
    await configureProviders(fake, ["groq"], settings);
    fake.setMode("groq", "server_error");
    for (let i = 0; i < 5; i++) expect((await evaluateAnswer(input())).provider).toBe("builtin");
    expect(fake.callsTo("groq")).toHaveLength(5);
    expect(breakerView("groq").state).toBe("open");

    // Open: not even tried.
    expect((await evaluateAnswer(input())).provider).toBe("builtin");
    expect(fake.callsTo("groq")).toHaveLength(5);

    advanceClock(59_000);
    expect(breakerView("groq").state).toBe("open");
    advanceClock(1_000);
    expect(breakerView("groq").state).toBe("half_open");
    fake.setMode("groq", "good");
    expect((await evaluateAnswer(input())).provider).toBe("groq");
    expect(fake.callsTo("groq")).toHaveLength(6);
    expect(breakerView("groq").state).toBe("closed");
  });

  it("opens again when the half-open probe fails", async () => {
    await configureProviders(fake, ["groq"], settings);
    fake.setMode("groq", "server_error");
    for (let i = 0; i < 5; i++) await evaluateAnswer(input());
    advanceClock(60_000);
    await evaluateAnswer(input()); // the probe, failing
    expect(fake.callsTo("groq")).toHaveLength(6);
    expect(breakerView("groq").state).toBe("open");
    await evaluateAnswer(input());
    expect(fake.callsTo("groq")).toHaveLength(6);
  });

  it("counts timeouts and bad output as failures too", async () => {
    await configureProviders(fake, ["groq"], { ...settings, AI_CLOUD_TIMEOUT_MS: "200" });
    fake.slowMs = 2_000;
    fake.queue("groq", ["slow", "broken_json", "wrong_shape", "rate_limited", "slow"]);
    for (let i = 0; i < 5; i++) await evaluateAnswer(input());
    expect(breakerView("groq").state).toBe("open");
  });
});

describe("quotas", () => {
  beforeEach(() => freezeClockMidWindow());
  afterEach(() => releaseClock());

  it("skips Groq once its daily quota is used up", async () => {
    await configureProviders(fake, ["groq"], { GROQ_DAILY_QUOTA: "2" });
    expect((await evaluateAnswer(input())).provider).toBe("groq");
    expect((await evaluateAnswer(input())).provider).toBe("groq");
    expect((await evaluateAnswer(input())).provider).toBe("builtin");
    expect(fake.callsTo("groq")).toHaveLength(2);
  });

  it("moves on to the next provider when Gemini's per-minute quota is used up", async () => {
    await configureProviders(fake, ["gemini", "ollama"], { GEMINI_PER_MINUTE_QUOTA: "1" });
    expect((await evaluateAnswer(input())).provider).toBe("gemini");
    expect((await evaluateAnswer(input())).provider).toBe("ollama");
    expect(fake.callsTo("gemini")).toHaveLength(1);
  });

  it("stops Hugging Face before its monthly character quota would be exceeded", async () => {
    await configureProviders(fake, ["huggingface"], { HF_MONTHLY_CHAR_QUOTA: "5000" });
    expect((await evaluateAnswer(input())).provider).toBe("huggingface");
    // One prompt and reply use well over half of 5000 characters: the next one would not fit.
    expect((await evaluateAnswer(input())).provider).toBe("builtin");
    expect(fake.callsTo("huggingface")).toHaveLength(1);
  });
});
