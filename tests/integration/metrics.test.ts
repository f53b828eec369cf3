/**
 * GET /metrics: absent (404) until METRICS_TOKEN is set, 401 without the right Bearer token, and
 * after real API traffic the Prometheus text holds the route-template latency series, event-loop
 * delay, evaluation queue, provider calls and failures, and cache lookups; slow requests are
 * logged with their request id.
 */
import { NextRequest } from "next/server";
import { GET as metricsRoute } from "@/app/metrics/route";
import { evaluateAnswer } from "@/lib/ai/evaluate-answer";
import { closeCache } from "@/lib/cache";
import { disconnectDb } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { logger } from "@/lib/logger";
import { requestStats } from "@/lib/metrics/route-stats";
import { configureOffline, configureProviders } from "../helpers/ai-providers";
import { api, call, newUser } from "../helpers/api-client";
import { startFakeLlmServer, type FakeLlmServer } from "../helpers/fake-llm-server";

const TOKEN = "metrics-token-0123456789abcdef";

function scrape(authorization?: string) {
  const headers = new Headers();
  if (authorization !== undefined) headers.set("authorization", authorization);
  return metricsRoute(new NextRequest("http://localhost/metrics", { headers }));
}

function setEnv(values: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvForTests();
}

afterEach(() => {
  setEnv({ METRICS_TOKEN: undefined, SLOW_REQUEST_MS: undefined });
  jest.restoreAllMocks();
});
afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

describe("/metrics access", () => {
  it("does not exist while METRICS_TOKEN is unset", async () => {
    setEnv({ METRICS_TOKEN: undefined });
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(404);
  });

  it("answers 401 without the token, with a wrong one, or with another scheme", async () => {
    setEnv({ METRICS_TOKEN: TOKEN });
    for (const header of [
      undefined,
      "Bearer wrong-token-0123456789abcd",
      `Basic ${TOKEN}`,
      TOKEN,
    ]) {
      const res = await scrape(header);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await res.text()).not.toContain("im_http_request_duration_seconds");
    }
  });

  it("refuses a token shorter than 16 characters at configuration time", () => {
    process.env.METRICS_TOKEN = "short";
    resetEnvForTests();
    return expect(scrape(`Bearer short`)).rejects.toThrow(/METRICS_TOKEN/);
  });
});

describe("/metrics content", () => {
  let fake: FakeLlmServer;
  beforeAll(async () => {
    fake = await startFakeLlmServer();
  });
  afterAll(async () => {
    await configureOffline();
    await fake.close();
  });

  it("exports per-route latency, event loop, queue, provider and cache series", async () => {
    setEnv({ METRICS_TOKEN: TOKEN });
    const user = await newUser();
    expect((await api.get("/api/v1/interviews/987654", user.token)).status).toBe(404);
    expect((await api.get("/api/v1/analytics/dashboard", user.token)).status).toBe(200);
    expect((await api.get("/api/v1/analytics/dashboard", user.token)).status).toBe(200);
    expect((await call("DELETE", "/api/v1/interviews", { token: user.token })).status).toBe(405);

    // One provider failure and one success through the router.
    await configureProviders(fake, ["groq", "gemini"]);
    fake.setMode("groq", "server_error");
    const { provider } = await evaluateAnswer({
      questionText: "What is a mutex and when would you use one?",
      category: "Technical",
      difficulty: "Medium",
      role: "Backend Engineer",
      expectedAnswerPoints: [
        "A mutex gives one thread at a time exclusive access to shared data",
        "Threads must acquire the lock before touching the shared data",
        "Holding locks too long or in different orders risks contention and deadlock",
      ],
      answerText: `A mutex gives one thread exclusive access to shared data (metrics ${Date.now()}). Each thread acquires the lock before touching the shared counter.`,
    });
    expect(provider).toBe("gemini");

    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    const has = (re: RegExp) => expect(text).toMatch(re);
    has(
      /im_http_request_duration_seconds_count\{route="\/api\/v1\/interviews\/\{id\}",method="GET",status_class="4xx"\} 1\b/,
    );
    has(
      /im_http_request_duration_seconds_count\{route="\/api\/v1\/analytics\/dashboard",method="GET",status_class="2xx"\} 2\b/,
    );
    has(
      /im_http_request_duration_seconds_count\{route="\/api\/v1\/interviews",method="DELETE",status_class="4xx"\} 1\b/,
    );
    has(
      /im_http_request_duration_seconds_bucket\{le="0\.1",route="\/api\/v1\/auth\/login",method="POST",status_class="2xx"\} \d+/,
    );
    // Raw ids never become labels.
    expect(text).not.toMatch(/route="[^"]*987654/);
    has(/im_event_loop_delay_seconds\{quantile="0\.99"\} [\d.e-]+/);
    has(/im_evaluation_queue_depth\{status="pending"\} \d+/);
    has(/im_evaluator_pool\{state="threads"\} \d+/);
    has(/im_evaluation_queue_oldest_age_seconds \d+/);
    has(/im_ai_provider_calls_total\{provider="groq",task="[a-z_]+",outcome="failure"\} [1-9]/);
    has(/im_ai_provider_calls_total\{provider="gemini",task="[a-z_]+",outcome="success"\} [1-9]/);
    has(
      /im_ai_provider_failures_total\{provider="groq",task="[a-z_]+",kind="server_error"\} [1-9]/,
    );
    has(/im_cache_lookups_total\{layer="[A-Za-z0-9_]+",result="(hit|miss)"\} [1-9]/);
    has(/process_resident_memory_bytes \d+/);

    // The admin system page's figures come from the same histogram.
    const stats = await requestStats();
    const dashboard = stats.routes.find(
      (r) => r.route === "/api/v1/analytics/dashboard" && r.method === "GET",
    );
    expect(dashboard).toMatchObject({ requests: 2, errorRate: 0 });
    expect(dashboard!.p50Ms).toBeGreaterThan(0);
    expect(dashboard!.p95Ms).toBeGreaterThanOrEqual(dashboard!.p50Ms!);
    expect(stats.total.requests).toBeGreaterThanOrEqual(5);
  });

  it("logs a request over SLOW_REQUEST_MS as slow, with its request id", async () => {
    setEnv({ SLOW_REQUEST_MS: "1" });
    const warn = jest.spyOn(logger, "warn");
    const user = await newUser();
    const res = await api.get("/api/v1/analytics/dashboard", user.token);
    const id = res.headers.get("x-request-id");
    expect(id).toBeTruthy();
    const slow = warn.mock.calls.filter(([msg]) => msg === "slow request");
    expect(slow.map(([, fields]) => fields)).toContainEqual(
      expect.objectContaining({
        request_id: id,
        route: "/api/v1/analytics/dashboard",
        method: "GET",
        status: 200,
      }),
    );
  });

  it("does not log fast requests as slow", async () => {
    setEnv({ SLOW_REQUEST_MS: "600000" });
    const warn = jest.spyOn(logger, "warn");
    const user = await newUser();
    await api.get("/api/v1/streaks", user.token);
    expect(warn.mock.calls.filter(([msg]) => msg === "slow request")).toHaveLength(0);
  });
});
