// npm run bench:lighthouse [-- --no-build --runs 1 --presets desktop,mobile --out <dir>]
// Lighthouse (performance and accessibility) on the production build, embedded defaults, as a new
// user runs it: the landing page signed out, and a seeded candidate's dashboard, interview room
// (a session in progress) and session summary (a finished session). Debian's Chromium through
// chrome-launcher. Prints per page and preset the scores and FCP (the median of `--runs`), then a
// last line with the worst of each. Reports go to `--out` (default test-results/lighthouse) as JSON.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import { startApp, type RunningApp } from "../tests/e2e/server";
import { CHROMIUM, CHROMIUM_ARGS, PASSWORD } from "../tests/e2e/browser";

const PRESETS = ["desktop", "mobile"] as const;
type Preset = (typeof PRESETS)[number];

interface Options {
  build: boolean;
  runs: number;
  presets: Preset[];
  out: string;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const presets = (value("presets") ?? PRESETS.join(",")).split(",");
  const unknown = presets.filter((p) => !(PRESETS as readonly string[]).includes(p));
  if (unknown.length) throw new Error(`--presets: desktop and/or mobile, not ${unknown.join(",")}`);
  const runs = Number(value("runs") ?? 1);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs: a positive integer");
  return {
    build: !argv.includes("--no-build"),
    runs,
    presets: presets as Preset[],
    out: value("out") ?? "test-results/lighthouse",
  };
}

interface Envelope {
  data?: Record<string, unknown>;
  error?: Record<string, unknown>;
}

async function api(
  app: RunningApp,
  method: string,
  route: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; data: Record<string, unknown> }> {
  const res = await fetch(`${app.url}${route}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as Envelope;
  return { status: res.status, data: json.data ?? json.error ?? {} };
}

function expectStatus(what: string, got: { status: number; data: unknown }, want: number): void {
  if (got.status !== want) {
    throw new Error(`${what}: HTTP ${got.status} ${JSON.stringify(got.data).slice(0, 300)}`);
  }
}

const ANSWERS = [
  "In my last role our checkout API slowed down under load. I profiled it, found an N+1 query, " +
    "replaced it with one join and an index on the filtered columns, and cached the product reads " +
    "in Redis with a short TTL. p95 latency fell from 900 ms to 120 ms, and I added a load test to CI.",
  "I would start from the requirements and the expected traffic, keep the service stateless behind " +
    "a load balancer, put PostgreSQL with read replicas behind it, cache hot reads, and queue slow " +
    "work. I would measure before optimising and roll changes out behind a feature flag.",
  "When a teammate and I disagreed about a migration plan, I wrote down both options with their " +
    "risks, we ran a small experiment on staging, and the data settled it. We shipped on time and " +
    "I learned to bring evidence early instead of arguing opinions.",
];

/** A session of `count` questions; answered to the end (and evaluated) unless `finish` is false. */
async function seedSession(
  app: RunningApp,
  token: string,
  count: number,
  finish: boolean,
): Promise<number> {
  const created = await api(app, "POST", "/api/v1/interviews", token, {
    role: "Backend Engineer",
    difficulty: "Medium",
    question_count: count,
    categories: ["Technical", "Behavioral", "System_Design"],
  });
  expectStatus("create session", created, 201);
  const sessionId = Number(created.data.session_id);
  if (!finish) return sessionId;
  let question = (created.data.first_question as { question_id: number } | null)?.question_id;
  for (let i = 0; question !== undefined; i++) {
    const answered = await api(app, "POST", `/api/v1/interviews/${sessionId}/answers`, token, {
      question_id: question,
      answer_text: ANSWERS[i % ANSWERS.length],
    });
    expectStatus("answer", answered, 201);
    question = (answered.data.next_question as { question_id: number } | null)?.question_id;
  }
  const deadline = Date.now() + 120_000;
  for (;;) {
    const summary = await api(app, "GET", `/api/v1/interviews/${sessionId}/summary`, token);
    if (summary.data.complete === true) return sessionId;
    if (Date.now() > deadline) throw new Error(`session ${sessionId} was not evaluated in 2 min`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Signs in through next-auth's credentials flow, as the login form does; returns the cookies. */
async function webSessionCookie(app: RunningApp, email: string): Promise<string> {
  const csrf = await fetch(`${app.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const res = await fetch(`${app.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => c.includes("session-token"));
  if (session.length === 0) throw new Error(`web sign-in failed: HTTP ${res.status}`);
  return session.join("; ");
}

interface Measure {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's CPU benchmark of this run (lower: a slower or busier machine). */
  cpuIndex: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Lighthouse runs as its own CLI process: tsx's transform would add helpers to the functions
// Lighthouse serialises into the page, where they do not exist.
const LIGHTHOUSE_CLI = path.join("node_modules", "lighthouse", "cli", "index.js");

interface Report {
  environment?: { benchmarkIndex?: number };
  runtimeError?: { code?: string; message: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
}

/**
 * One Lighthouse run; a run that ends in a runtime error (Lighthouse 12 with this Chromium
 * sometimes reports NO_NAVSTART on the first navigation; the CLI then exits with 1, or writes a
 * report with `runtimeError`) is retried once, and says so.
 */
function runLighthouse(args: string[], url: string, outFile: string): Report {
  for (let attempt = 1; ; attempt++) {
    const run = spawnSync(process.execPath, args, { encoding: "utf8" });
    let error: string | null = null;
    if (run.status !== 0) {
      const runtime = /Runtime error encountered: .*/.exec(run.stderr);
      if (!runtime) throw new Error(`lighthouse ${url}: ${run.stderr.slice(-2000)}`);
      error = runtime[0];
    } else {
      const lhr = JSON.parse(readFileSync(outFile, "utf8")) as Report;
      if (!lhr.runtimeError) return lhr;
      error = `${lhr.runtimeError.code ?? "runtime error"}: ${lhr.runtimeError.message}`;
    }
    if (attempt > 1) throw new Error(`lighthouse ${url}: ${error} (again after a retry)`);
    console.log(`  ${url}: Lighthouse ${error}; retrying once`);
  }
}

function audit(
  port: number,
  url: string,
  preset: Preset,
  cookie: string | null,
  outFile: string,
): Measure {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    `--port=${port}`,
    "--only-categories=performance,accessibility",
    "--output=json",
    `--output-path=${outFile}`,
    "--quiet",
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const lhr = runLighthouse(args, url, outFile);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    fcpMs: numeric("first-contentful-paint"),
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    cpuIndex: lhr.environment?.benchmarkIndex ?? NaN,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.build) {
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("npm run build failed");
  }
  mkdirSync(options.out, { recursive: true });
  // Embedded defaults (PGlite, in-process cache and jobs, the built-in evaluator).
  const app = await startApp();
  let chrome: chromeLauncher.LaunchedChrome | null = null;
  try {
    const email = `lighthouse-${Date.now()}@example.com`;
    const reg = await api(app, "POST", "/api/v1/auth/register", undefined, {
      name: "Lighthouse Candidate",
      email,
      password: PASSWORD,
    });
    expectStatus("register", reg, 201);
    const login = await api(app, "POST", "/api/v1/auth/login", undefined, {
      email,
      password: PASSWORD,
    });
    expectStatus("login", login, 200);
    const token = String(login.data.access_token);
    // Two finished sessions (a trend to draw) and one in progress (the room).
    await seedSession(app, token, 3, true);
    const finished = await seedSession(app, token, 3, true);
    const running = await seedSession(app, token, 3, false);
    const cookie = await webSessionCookie(app, email);

    const pages: Array<{ name: string; route: string; signedIn: boolean }> = [
      { name: "landing", route: "/", signedIn: false },
      { name: "dashboard", route: "/dashboard", signedIn: true },
      { name: "room", route: `/interviews/${running}`, signedIn: true },
      { name: "summary", route: `/interviews/${finished}/summary`, signedIn: true },
    ];
    // The server has rendered each page once before it is measured (as a running server has).
    for (const p of pages) {
      const res = await fetch(`${app.url}${p.route}`, {
        headers: p.signedIn ? { cookie } : {},
        redirect: "manual",
      });
      if (res.status !== 200) throw new Error(`${p.route}: HTTP ${res.status} before auditing`);
      await res.arrayBuffer();
    }

    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: CHROMIUM_ARGS,
      logLevel: "error",
    });
    const rows: Array<{ page: string; preset: Preset } & Measure> = [];
    console.log(
      `\npage       preset   perf  a11y   FCP ms   LCP ms   TBT ms    CLS  CPU idx  (median of ${options.runs})`,
    );
    for (const preset of options.presets) {
      for (const p of pages) {
        const runs: Measure[] = [];
        for (let r = 0; r < options.runs; r++) {
          const file = path.join(options.out, `${p.name}-${preset}-${r + 1}.json`);
          runs.push(
            audit(chrome.port, `${app.url}${p.route}`, preset, p.signedIn ? cookie : null, file),
          );
        }
        const m: Measure = {
          performance: median(runs.map((x) => x.performance)),
          accessibility: median(runs.map((x) => x.accessibility)),
          fcpMs: median(runs.map((x) => x.fcpMs)),
          lcpMs: median(runs.map((x) => x.lcpMs)),
          tbtMs: median(runs.map((x) => x.tbtMs)),
          cls: median(runs.map((x) => x.cls)),
          cpuIndex: median(runs.map((x) => x.cpuIndex)),
        };
        rows.push({ page: p.name, preset, ...m });
        console.log(
          `${p.name.padEnd(10)} ${preset.padEnd(7)} ${String(m.performance).padStart(5)} ${String(m.accessibility).padStart(5)} ${m.fcpMs.toFixed(0).padStart(8)} ${m.lcpMs.toFixed(0).padStart(8)} ${m.tbtMs.toFixed(0).padStart(8)} ${m.cls.toFixed(3).padStart(6)} ${m.cpuIndex.toFixed(0).padStart(8)}`,
        );
      }
    }
    const summary = options.presets.map((preset) => {
      const mine = rows.filter((r) => r.preset === preset);
      return [
        `${preset}_perf_min=${Math.min(...mine.map((r) => r.performance))}`,
        `${preset}_a11y_min=${Math.min(...mine.map((r) => r.accessibility))}`,
        `${preset}_fcp_max_ms=${Math.max(...mine.map((r) => r.fcpMs)).toFixed(0)}`,
      ].join(" ");
    });
    console.log(summary.join(" "));
  } finally {
    chrome?.kill();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
