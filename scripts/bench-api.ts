// npm run bench:api [-- --users 100,500 --seconds 60 --saturation-seconds 15 --warmup-seconds 10
//                      --instances 1 --profile <dir>]
// The spec's load profile, measured from outside on the production build (`npm run build` first)
// with PostgreSQL + Redis: each virtual user its own account, 1–3 s think time, then create a
// session (weight 3), answer the current question (2), read the dashboard (1), list sessions (1).
// Then a saturation run: as many requests as the instance takes, for the cached dashboard and a
// bare Next.js JSON route. The database is created for the run and dropped after it; load goes to
// 127.0.0.1 only, each user with its own client address passed the way a trusted proxy would.
// After each run it prints the server's own view from /metrics: event-loop delay and server-side
// p95 per route (the difference to the client's figure is time spent queued before the handler).
// `--profile <dir>` runs the app under `node --cpu-prof` and prints where its CPU time went.
// `--instances N` starts N instances of the build on the same database and Redis and sends the
// requests to them in turn, as a round-robin load balancer would (no stickiness: a session
// created on one is answered on another).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import pg from "pg";
import { startApp, type RunningApp } from "../tests/e2e/server";

interface Options {
  users: number[];
  seconds: number;
  saturationSeconds: number;
  warmupSeconds: number;
  concurrency: number;
  instances: number;
  profileDir: string | null;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const users = (value("users") ?? "100,500").split(",").map(Number);
  if (users.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--users: e.g. 100,500");
  const instances = Number(value("instances") ?? 1);
  if (!Number.isInteger(instances) || instances < 1) throw new Error("--instances: e.g. 2");
  return {
    users,
    seconds: Number(value("seconds") ?? 60),
    saturationSeconds: Number(value("saturation-seconds") ?? 15),
    warmupSeconds: Number(value("warmup-seconds") ?? 10),
    concurrency: Number(value("concurrency") ?? 32),
    instances,
    profileDir: value("profile") ?? null,
  };
}

type Endpoint = "create" | "answer" | "dashboard" | "list";
const WEIGHTS: Array<[Endpoint, number]> = [
  ["create", 3],
  ["answer", 2],
  ["dashboard", 1],
  ["list", 1],
];
const ROLES = ["Backend Engineer", "Frontend Engineer", "Data Scientist", "DevOps Engineer"];
const ANSWER =
  "I would start from the requirements, measure where the time goes, add an index on the filtered " +
  "columns, cache hot reads with a short TTL, and test the change under load before rolling it out.";

class Recorder {
  readonly samples = new Map<string, number[]>();
  readonly errors = new Map<string, number>();
  readonly statuses = new Map<string, number>();
  record(name: string, ms: number, ok: boolean, status: number): void {
    if (!this.samples.has(name)) this.samples.set(name, []);
    this.samples.get(name)!.push(ms);
    if (!ok) {
      this.errors.set(name, (this.errors.get(name) ?? 0) + 1);
      const key = `${name} ${status}`;
      this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
    }
  }
  all(): number[] {
    return [...this.samples.values()].flat();
  }
  errorCount(): number {
    return [...this.errors.values()].reduce((a, b) => a + b, 0);
  }
}

const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const ms = (x: number) => (Number.isNaN(x) ? "-" : x.toFixed(0));

/** The instances under load; `next()` is the one the next request goes to (round-robin). */
interface Instances {
  all: RunningApp[];
  next(): RunningApp;
}

function roundRobin(all: RunningApp[]): Instances {
  let i = 0;
  return { all, next: () => all[i++ % all.length]! };
}

interface VirtualUser {
  token: string;
  ip: string;
  session: number | null;
  question: number | null;
}

async function request(
  app: RunningApp,
  user: Pick<VirtualUser, "ip"> & { token?: string },
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: { data?: Record<string, unknown> } | null; ms: number }> {
  const started = performance.now();
  try {
    const res = await fetch(`${app.url}${path}`, {
      method,
      headers: {
        "x-forwarded-for": user.ip,
        ...(user.token ? { authorization: `Bearer ${user.token}` } : {}),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json().catch(() => null)) as { data?: Record<string, unknown> } | null;
    return { status: res.status, json, ms: performance.now() - started };
  } catch {
    return { status: 0, json: null, ms: performance.now() - started };
  }
}

/** Accounts made before the measured window (registration is not part of the profile). */
async function makeUsers(apps: Instances, count: number, offset: number): Promise<VirtualUser[]> {
  const users: VirtualUser[] = [];
  const password = "Bench!Passw0rd";
  const one = async (i: number): Promise<VirtualUser> => {
    const n = offset + i;
    const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    const email = `bench${n}-${Date.now()}@example.com`;
    const reg = await request(apps.next(), { ip }, "POST", "/api/v1/auth/register", {
      name: `Bench User ${n}`,
      email,
      password,
    });
    if (reg.status !== 201) throw new Error(`register failed: ${reg.status}`);
    const login = await request(apps.next(), { ip }, "POST", "/api/v1/auth/login", {
      email,
      password,
    });
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    return { token: String(login.json!.data!.access_token), ip, session: null, question: null };
  };
  for (let i = 0; i < count; i += 8) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(8, count - i) }, (_, j) => one(i + j)),
    );
    users.push(...batch);
  }
  return users;
}

function pick(): Endpoint {
  const total = WEIGHTS.reduce((n, [, w]) => n + w, 0);
  let r = Math.random() * total;
  for (const [name, w] of WEIGHTS) if ((r -= w) < 0) return name;
  return "create";
}

async function act(apps: Instances, user: VirtualUser, rec: Recorder): Promise<void> {
  const app = apps.next();
  let endpoint = pick();
  // Answering needs a current question: a user without one starts a session first.
  if (endpoint === "answer" && user.question === null) endpoint = "create";
  if (endpoint === "create") {
    const role = ROLES[Math.floor(Math.random() * ROLES.length)]!;
    const res = await request(app, user, "POST", "/api/v1/interviews", {
      role,
      difficulty: "Medium",
      question_count: 3,
      categories: ["Technical", "Behavioral"],
    });
    rec.record("create", res.ms, res.status === 201, res.status);
    if (res.status === 201) {
      user.session = Number(res.json!.data!.session_id);
      user.question = Number(
        (res.json!.data!.first_question as { question_id: number }).question_id,
      );
    }
  } else if (endpoint === "answer") {
    const res = await request(app, user, "POST", `/api/v1/interviews/${user.session}/answers`, {
      question_id: user.question,
      answer_text: ANSWER,
    });
    rec.record("answer", res.ms, res.status === 201, res.status);
    const next = res.json?.data?.next_question as { question_id: number } | null | undefined;
    user.question = res.status === 201 && next ? next.question_id : null;
  } else if (endpoint === "dashboard") {
    const res = await request(app, user, "GET", "/api/v1/analytics/dashboard");
    rec.record("dashboard", res.ms, res.status === 200, res.status);
  } else {
    const res = await request(app, user, "GET", "/api/v1/interviews?limit=20");
    rec.record("list", res.ms, res.status === 200, res.status);
  }
}

async function profileRun(apps: Instances, users: VirtualUser[], seconds: number) {
  const rec = new Recorder();
  const until = Date.now() + seconds * 1000;
  const think = () => new Promise((r) => setTimeout(r, 1000 + Math.random() * 2000));
  const started = Date.now();
  await Promise.all(
    users.map(async (user) => {
      // Users arrive spread over the first think time, not all in the same millisecond.
      await new Promise((r) => setTimeout(r, Math.random() * 3000));
      while (Date.now() < until) {
        await act(apps, user, rec);
        await think();
      }
    }),
  );
  return { rec, elapsed: (Date.now() - started) / 1000 };
}

/** Closed-loop saturation: `concurrency` requests in flight for `seconds`; requests per second. */
async function saturate(
  label: string,
  seconds: number,
  concurrency: number,
  next: () => Promise<boolean>,
): Promise<{ rps: number; errors: number }> {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        if (await next()) done++;
        else errors++;
      }
    }),
  );
  const rps = done / ((Date.now() - started) / 1000);
  console.log(`saturation ${label}: ${rps.toFixed(0)} req/s, ${errors} errors`);
  return { rps, errors };
}

function printTable(users: number, rec: Recorder, elapsed: number): void {
  const total = rec.all().length;
  console.log(
    `\n${users} users, ${elapsed.toFixed(0)} s: ${total} requests, ${(total / elapsed).toFixed(1)} req/s`,
  );
  console.log("endpoint   count   p50   p95   p99   max  errors");
  for (const [name] of WEIGHTS) {
    const xs = rec.samples.get(name) ?? [];
    console.log(
      `${name.padEnd(9)} ${String(xs.length).padStart(6)} ${ms(quantile(xs, 0.5)).padStart(5)} ${ms(quantile(xs, 0.95)).padStart(5)} ${ms(quantile(xs, 0.99)).padStart(5)} ${ms(xs.length ? Math.max(...xs) : NaN).padStart(5)} ${String(rec.errors.get(name) ?? 0).padStart(7)}`,
    );
  }
  for (const [key, n] of rec.statuses) console.log(`  error ${key}: ${n}`);
}

const METRICS_TOKEN = randomBytes(24).toString("hex");
// Per instance (its URL): the route histograms at the previous scrape.
const previousBuckets = new Map<string, Map<string, Map<number, number>>>();

/** The server's event-loop delay since the previous scrape, and its p95 per route (histogram). */
async function serverView(app: RunningApp, label = "server"): Promise<string> {
  const res = await fetch(`${app.url}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  if (!res.ok) return `(metrics: HTTP ${res.status})`;
  const text = await res.text();
  const delay = (q: string) => {
    const m = new RegExp(`im_event_loop_delay_seconds\\{quantile="${q}"\\} ([0-9.e+-]+)`).exec(
      text,
    );
    return m ? `${(Number(m[1]) * 1000).toFixed(0)}` : "-";
  };
  const lines = [
    `${label} event-loop delay ms: p50 ${delay("0.5")} p90 ${delay("0.9")} p99 ${delay("0.99")} max ${delay("1")}`,
  ];
  // Cumulative buckets per route (2xx, all methods summed): the p95 bucket's upper bound.
  const buckets = new Map<string, Map<number, number>>();
  const re =
    /^im_http_request_duration_seconds_bucket\{(?=[^}]*route="([^"]+)")(?=[^}]*status_class="2xx")(?=[^}]*le="([^"]+)")[^}]*\} ([0-9.e+]+)$/gm;
  for (const m of text.matchAll(re)) {
    const route = m[1]!;
    const le = m[2] === "+Inf" ? Infinity : Number(m[2]);
    const byLe = buckets.get(route) ?? new Map<number, number>();
    byLe.set(le, (byLe.get(le) ?? 0) + Number(m[3]));
    buckets.set(route, byLe);
  }
  for (const [route, byLe] of buckets) {
    // Counts since the previous scrape: the histograms add up from the server's start.
    const before = previousBuckets.get(app.url)?.get(route);
    const sorted = [...byLe.entries()]
      .map(([le, n]): [number, number] => [le, n - (before?.get(le) ?? 0)])
      .sort((a, b) => a[0] - b[0]);
    const total = sorted.at(-1)?.[1] ?? 0;
    if (total < 20) continue;
    const p95 = sorted.find(([, n]) => n >= 0.95 * total)?.[0] ?? Infinity;
    lines.push(`  ${label} ${route}: ${total} requests, p95 ≤ ${(p95 * 1000).toFixed(0)} ms`);
  }
  previousBuckets.set(app.url, buckets);
  return lines.join("\n");
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Self time of the app's CPU profile by package (or app file) and by function, largest first. */
function printProfile(dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!files[0]) return console.log(`no CPU profile in ${dir}`);
  const profile = JSON.parse(readFileSync(files[0], "utf8")) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    total += ms;
    const { url, functionName, lineNumber } = node.callFrame;
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      /\[project\]\/([^ ]+)/.exec(url)?.[1] ??
      (url ? path.basename(url) : `(${functionName})`);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    const fn = `${functionName || "(anonymous)"} ${path.basename(url)}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`)
      .join("\n");
  console.log(
    `\nCPU profile ${files[0]} (${(total / 1000).toFixed(1)} s sampled), self time by package:`,
  );
  console.log(top(byPackage, 20));
  console.log("by function:");
  console.log(top(byFunction, 25));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(".next/BUILD_ID")) throw new Error("run `npm run build` first");
  const base = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const redisUrl = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
  const name = `im_bench_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const env = {
    AUTH_SECRET: randomBytes(32).toString("base64"),
    ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    CACHE_PREFIX: `${name}:`,
    TRUST_PROXY_HOPS: "1",
    METRICS_TOKEN,
    // Only account setup hashes passwords (login is not in the profile): 500 accounts in seconds.
    BCRYPT_ROUNDS: "4",
    LOG_LEVEL: "warn",
  };
  const started: RunningApp[] = [];
  try {
    const migrate = spawnSync("npx", ["--no-install", "tsx", "scripts/db-migrate.ts"], {
      env: { ...process.env, ...env, DATABASE_URL: url.toString() },
      encoding: "utf8",
    });
    if (migrate.status !== 0) throw new Error(`migration failed: ${migrate.stderr}`);
    const nodeArgs: string[] = [];
    if (options.profileDir) {
      mkdirSync(options.profileDir, { recursive: true });
      nodeArgs.push("--cpu-prof", `--cpu-prof-dir=${path.resolve(options.profileDir)}`);
    }
    for (let n = 0; n < options.instances; n++) {
      started.push(await startApp(env, { databaseUrl: url.toString(), redisUrl }, nodeArgs));
    }
    const apps = roundRobin(started);
    console.log(
      `app on ${started.map((a) => a.url).join(" and ")}, database ${name}` +
        (started.length > 1 ? ` (${started.length} instances, requests in turn)` : ""),
    );
    const views = async () =>
      (
        await Promise.all(
          started.map((a, k) => serverView(a, started.length > 1 ? `instance ${k + 1}` : "server")),
        )
      ).join("\n");

    const maxUsers = Math.max(...options.users);
    const t0 = Date.now();
    const accounts = await makeUsers(apps, maxUsers, 0);
    console.log(`${accounts.length} accounts in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

    // Caches, pools and the JIT warm up first, as on a server that has been running; not measured.
    if (options.warmupSeconds > 0) {
      await profileRun(apps, accounts.slice(0, Math.min(50, maxUsers)), options.warmupSeconds);
    }
    const p95s: number[] = [];
    let errors = 0;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    for (const users of options.users) {
      await views(); // starts the servers' event-loop windows afresh
      const { rec, elapsed } = await profileRun(apps, accounts.slice(0, users), options.seconds);
      printTable(users, rec, elapsed);
      console.log(await views());
      p95s.push(quantile(rec.all(), 0.95));
      errors += rec.errorCount();
    }
    delay.disable();
    console.log(
      `load generator event-loop delay p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms (the client's own, for context)`,
    );

    // Warm the dashboards, then saturate the cached one beside a bare route.
    let i = 0;
    const nextUser = () => accounts[i++ % accounts.length]!;
    for (const user of accounts) {
      for (const a of started) await request(a, user, "GET", "/api/v1/analytics/dashboard");
    }
    const bare = await saturate(
      "bare /api/ping",
      options.saturationSeconds,
      options.concurrency,
      async () => {
        const res = await request(apps.next(), nextUser(), "GET", "/api/ping");
        return res.status === 200;
      },
    );
    const cached = await saturate(
      "cached dashboard",
      options.saturationSeconds,
      options.concurrency,
      async () => {
        const res = await request(apps.next(), nextUser(), "GET", "/api/v1/analytics/dashboard");
        return res.status === 200;
      },
    );
    const fields = options.users.map((u, k) => `users${u}_p95_ms=${ms(p95s[k]!)}`);
    const instances = started.length > 1 ? ` instances=${started.length}` : "";
    console.log(
      `${fields.join(" ")} errors=${errors} saturation_ratio=${(cached.rps / bare.rps).toFixed(2)}${instances}`,
    );
  } finally {
    await Promise.all(started.map((a) => a.stop()));
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
  if (options.profileDir) printProfile(options.profileDir);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
