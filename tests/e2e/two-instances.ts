/**
 * Two instances of the production build on one PostgreSQL and one Redis, as a company scales out
 * behind a load balancer: an account made on A signs in on B; a live status stream open on A
 * hears the evaluation of an answer submitted on B; a dashboard cached on A shows a session
 * completed on B; "sign out everywhere" on B ends the token on A at once. Creates a database of
 * its own and drops it. Needs DATABASE_URL and REDIS_URL (and `npm run build` first).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startApp, type RunningApp } from "./server";

interface Envelope {
  data?: Record<string, unknown> & { [key: string]: unknown };
  error?: { code: string; message: string };
  meta?: Record<string, unknown>;
}

async function call(
  app: RunningApp,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; body: Envelope }> {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Envelope };
}

async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    const value = await fn();
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    return value;
  } catch (error) {
    console.log(`  ✗ ${name}`);
    throw error;
  }
}

/** The live status events of one stream, read in the background until `close()`. */
async function openLiveStream(app: RunningApp, token: string) {
  const controller = new AbortController();
  const res = await fetch(`${app.url}/api/live`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  assert.equal(res.status, 200, "the live stream opens");
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const events: Array<Record<string, unknown>> = [];
  let ready = false;
  const pump = (async () => {
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) return;
        text += decoder.decode(chunk.value, { stream: true });
        const frames = text.split("\n\n");
        text = frames.pop() ?? "";
        for (const frame of frames) {
          if (frame.includes("event: ready")) ready = true;
          const data = frame.split("\n").find((l) => l.startsWith("data: "));
          if (frame.startsWith("id: ") && data) {
            const message = JSON.parse(data.slice(6)) as { event: Record<string, unknown> };
            events.push(message.event);
          }
        }
      }
    } catch {
      // aborted
    }
  })();
  const until = async (what: string, ok: () => boolean, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!ok()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  await until("the stream to be ready", () => ready);
  return {
    events,
    until,
    async close() {
      controller.abort();
      await pump;
    },
  };
}

async function main(): Promise<void> {
  const base = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  if (!base || !redisUrl) {
    console.log("two instances: DATABASE_URL and REDIS_URL are needed; skipped");
    return;
  }
  const name = `im_two_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const shared = { databaseUrl: url.toString(), redisUrl };
  // What every instance of one deployment shares: secrets, keyring, and a cache namespace.
  const common = {
    AUTH_SECRET: randomBytes(32).toString("base64"),
    ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    CACHE_PREFIX: `${name}:`,
  };
  const apps: RunningApp[] = [];
  let stream: Awaited<ReturnType<typeof openLiveStream>> | null = null;
  try {
    // The release step: migrate and seed once, before any instance starts.
    await step("release step migrates and seeds the shared database", () => {
      const migrate = spawnSync("npx", ["--no-install", "tsx", "scripts/db-migrate.ts"], {
        env: { ...process.env, ...common, DATABASE_URL: shared.databaseUrl, LOG_LEVEL: "warn" },
        encoding: "utf8",
      });
      assert.equal(migrate.status, 0, migrate.stderr);
      return Promise.resolve();
    });
    const a = await step("instance A starts on PostgreSQL + Redis", () => startApp(common, shared));
    apps.push(a);
    const b = await step("instance B starts on the same services", () => startApp(common, shared));
    apps.push(b);

    const email = `two${Date.now()}@example.com`;
    const password = "Str0ng!Passw0rd";
    const tokenA = await step("register on A, sign in on A and on B", async () => {
      const reg = await call(a, "POST", "/api/v1/auth/register", undefined, {
        name: "Two Instances",
        email,
        password,
      });
      assert.equal(reg.status, 201, JSON.stringify(reg.body));
      const onA = await call(a, "POST", "/api/v1/auth/login", undefined, { email, password });
      const onB = await call(b, "POST", "/api/v1/auth/login", undefined, { email, password });
      assert.equal(onA.status, 200);
      assert.equal(onB.status, 200);
      return String(onA.body.data!.access_token);
    });
    const tokenB = String(
      (await call(b, "POST", "/api/v1/auth/login", undefined, { email, password })).body.data!
        .access_token,
    );

    const before = await step("A caches the empty dashboard", async () => {
      await call(a, "GET", "/api/v1/analytics/dashboard", tokenA);
      const again = await call(a, "GET", "/api/v1/analytics/dashboard", tokenA);
      assert.equal(again.body.meta?.cached, true);
      return again.body.data!.overview as { total_interviews: number };
    });
    assert.equal(before.total_interviews, 0);

    stream = await openLiveStream(a, tokenA);
    const live = stream;
    const { sessionId, answerId, heardMs } = await step(
      "an answer submitted on B is heard on A's live stream",
      async () => {
        const session = await call(b, "POST", "/api/v1/interviews", tokenB, {
          role: "Backend Engineer",
          difficulty: "Easy",
          question_count: 1,
          categories: ["Technical"],
        });
        assert.equal(session.status, 201, JSON.stringify(session.body));
        const sid = Number(session.body.data!.session_id);
        const question = session.body.data!.first_question as { question_id: number };
        const started = Date.now();
        const submitted = await call(b, "POST", `/api/v1/interviews/${sid}/answers`, tokenB, {
          question_id: question.question_id,
          answer_text:
            "I would add an index on the filtered columns, read the query plan with EXPLAIN ANALYZE, and cache hot reads.",
        });
        assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
        const aid = Number(submitted.body.data!.answer_id);
        await live.until("the evaluation on A's stream", () =>
          live.events.some((e) => e.answerId === aid && e.status === "completed"),
        );
        return { sessionId: sid, answerId: aid, heardMs: Date.now() - started };
      },
    );
    const mine = live.events.filter((e) => e.answerId === answerId);
    assert.deepEqual(
      mine.map((e) => e.status),
      ["processing", "completed"],
    );
    console.log(`    evaluation heard on A ${heardMs} ms after the submission on B`);

    await step("a session completed on B shows on A's cached dashboard", async () => {
      const done = await call(b, "POST", `/api/v1/interviews/${sessionId}/complete`, tokenB);
      assert.equal(done.status, 200, JSON.stringify(done.body));
      // The summary is written in the background after completion; A's cached dashboard must pick
      // it up once written (the cache entry is dropped on every instance), not serve the old one.
      const deadline = Date.now() + 30_000;
      let total = 0;
      while (Date.now() < deadline) {
        const dash = await call(a, "GET", "/api/v1/analytics/dashboard", tokenA);
        total = (dash.body.data!.overview as { total_interviews: number }).total_interviews;
        if (total === 1) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      assert.equal(total, 1);
    });

    await step("sign out everywhere on B ends A's token at once", async () => {
      const out = await call(b, "POST", "/api/v1/auth/logout-all", tokenB);
      assert.equal(out.status, 200, JSON.stringify(out.body));
      const after = await call(a, "GET", "/api/v1/users/me", tokenA);
      assert.equal(after.status, 401);
    });
  } finally {
    await stream?.close();
    for (const app of apps) await app.stop();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().then(
  () => console.log("two instances: passed"),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
