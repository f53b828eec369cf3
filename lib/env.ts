import { z } from "zod";

/**
 * The only reader of process.env. Every external part is optional: when its variable is unset
 * the in-process default is used (PGlite, in-process cache, in-process jobs, offline AI).
 */
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();
const optionalUrl = optionalString.pipe(z.url().optional());
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Set by Next.js itself; "phase-production-build" while `next build` runs.
  NEXT_PHASE: optionalString,
  // Unset: "warn" under tests, "info" otherwise (see logLevel()).
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).optional(),

  DATABASE_URL: optionalString,
  // Connections each instance keeps to PostgreSQL (instances × this stays under the server's
  // max_connections). Measured: 40 instead of 10 did not raise one instance's throughput at 500
  // users (the instance's CPU is the limit there) and lengthened its tail.
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  // On SIGTERM, how long in-flight background jobs may run before the process exits anyway
  // (below the platform's kill grace period: Docker 10 s by default, Railway and Kubernetes 30 s).
  SHUTDOWN_TIMEOUT_MS: positiveInt(25_000),
  DATA_DIR: z.string().trim().min(1).default("./.data"),
  REDIS_URL: optionalString,
  // Namespace for every cache key, so several apps (or test runs) can share one Redis.
  CACHE_PREFIX: z.string().default("im:"),

  AUTH_SECRET: optionalString,
  NEXTAUTH_SECRET: optionalString,
  NEXTAUTH_URL: optionalUrl,
  // Keyring for data encrypted at rest: `id:base64key[,id:base64key…]`, current key first.
  ENCRYPTION_KEYS: optionalString,
  // Resume files: on disk under DATA_DIR/resume-files unless S3_BUCKET names an S3-compatible
  // bucket (AWS, MinIO, R2…; S3_ENDPOINT for non-AWS, path-style addressing when forced).
  S3_BUCKET: optionalString,
  S3_ENDPOINT: optionalUrl,
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  // Resumes one user may keep (older versions must be deleted to upload more).
  RESUME_MAX_PER_USER: positiveInt(20),
  // Comma-separated emails that are administrators: each is promoted when it registers or signs
  // in (the first admin of a fresh install). Listed admins cannot be demoted from /admin.
  ADMIN_EMAILS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    ),
  BCRYPT_ROUNDS: z.coerce.number().int().min(4).max(15).default(12),

  INNGEST_EVENT_KEY: optionalString,
  INNGEST_SIGNING_KEY: optionalString,
  INNGEST_DEV: optionalString,
  INNGEST_BASE_URL: optionalUrl,

  GROQ_API_KEY: optionalString,
  GROQ_MODEL: z.string().default("llama-3.3-70b-versatile"),
  GROQ_BASE_URL: optionalUrl,
  GEMINI_API_KEY: optionalString,
  GEMINI_MODEL: z.string().default("gemini-2.0-flash"),
  GEMINI_BASE_URL: optionalUrl,
  OLLAMA_BASE_URL: optionalUrl,
  OLLAMA_MODEL: z.string().default("llama3.1"),
  HF_TOKEN: optionalString,
  HF_MODEL: z.string().default("meta-llama/Llama-3.1-8B-Instruct"),
  HF_BASE_URL: optionalUrl,
  AI_CLOUD_TIMEOUT_MS: positiveInt(10_000),
  AI_OLLAMA_TIMEOUT_MS: positiveInt(30_000),
  GROQ_DAILY_QUOTA: positiveInt(14_400),
  GEMINI_PER_MINUTE_QUOTA: positiveInt(60),
  HF_MONTHLY_CHAR_QUOTA: positiveInt(30_000),
  // Session creation waits at most this long for generated questions (spec property 8: < 3 s).
  AI_QUESTION_BUDGET_MS: positiveInt(2_500),
  // One evaluation tries providers for at most this long (well inside the 120 s job lease).
  AI_EVALUATION_BUDGET_MS: positiveInt(40_000),
  // Taking a follow-up waits at most this long for a provider's question (then builds its own).
  AI_FOLLOW_UP_BUDGET_MS: positiveInt(6_000),
  // One agent run (resume analysis, study plan, coaching) ends within this (spec property 19);
  // the LLM gets three quarters of it, the fixed plan finishes whatever is left.
  AI_AGENT_BUDGET_MS: positiveInt(20_000),
  // Speech-to-text (Groq's Whisper endpoint, enabled by GROQ_API_KEY): model, requests per UTC
  // day (Groq's free tier allows 2,000), and the longest one transcription may take.
  GROQ_STT_MODEL: z.string().trim().min(1).default("whisper-large-v3-turbo"),
  GROQ_STT_DAILY_QUOTA: positiveInt(2_000),
  AI_TRANSCRIBE_TIMEOUT_MS: positiveInt(60_000),
  // Recorded answers: the largest upload (Groq's limit is 25 MB) and the longest recording.
  AUDIO_MAX_BYTES: positiveInt(25 * 1024 * 1024),
  AUDIO_MAX_SECONDS: positiveInt(600),
  // Kept recordings (users who opted in) are deleted this many days after they were made.
  AUDIO_RETENTION_DAYS: positiveInt(30),
  // Worker threads for the built-in evaluator, off the request-serving event loop (0: in the
  // request's thread). Unset: in production one less than the cores (at least one), else 0.
  EVALUATOR_THREADS: z.coerce.number().int().min(0).max(64).optional(),
  // Live status: server-sent event streams one user may hold open on one instance.
  LIVE_MAX_STREAMS_PER_USER: positiveInt(5),
  // Circuit breaker per provider: opens after this many consecutive failures …
  AI_BREAKER_THRESHOLD: positiveInt(5),
  // … and lets one probe through after this long.
  AI_BREAKER_HALF_OPEN_MS: positiveInt(60_000),

  CACHE_WARM_ON_START: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  // How often each process adds its cache hit/miss counters to cache_metadata.
  CACHE_METRICS_FLUSH_MS: positiveInt(60_000),
  RATE_LIMIT_PER_MINUTE: positiveInt(120),
  // Bearer token for GET /metrics (Prometheus). Unset: /metrics answers 404.
  METRICS_TOKEN: optionalString.pipe(z.string().min(16).optional()),
  // API requests taking at least this long are logged as "slow request" with their request id.
  SLOW_REQUEST_MS: positiveInt(1_000),

  // Proxies in front of the app that append to X-Forwarded-For (0: use the socket's address).
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Set by Vercel on its deployments: the client address is then x-vercel-forwarded-for, and
  // DATABASE_URL and Inngest are required (no writable disk; functions freeze after responding).
  VERCEL: optionalString.transform((v) => v !== undefined && v !== "0"),
  // Browser origins allowed to call /api/v1 cross-origin (comma-separated; none by default).
  CORS_ORIGINS: optionalString.transform((v) =>
    (v ?? "")
      .split(",")
      .map((o) => o.trim().replace(/\/+$/, ""))
      .filter((o) => o.length > 0),
  ),
  // Outgoing mail (password reset, email verification): smtp(s)://user:pass@host:port. Unset:
  // mails go to the dev outbox page (/dev/outbox) outside production.
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().trim().min(3).default("InterviewMaster <no-reply@interviewmaster.local>"),
});

export type Env = z.infer<typeof envSchema>;

/** `DATA_DIR=memory://` keeps the embedded database in memory (tests). */
export const IN_MEMORY_DATA_DIR = "memory://";

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** Parsed configuration; read lazily so that `next build` never needs runtime settings. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests change process.env between cases; this forgets the parsed copy. */
export function resetEnvForTests(): void {
  cached = undefined;
}

export const isInngestConfigured = (e: Env = env()): boolean =>
  Boolean(e.INNGEST_EVENT_KEY ?? e.INNGEST_DEV ?? e.INNGEST_BASE_URL);

/**
 * Settings a deployment cannot run without, checked when a server starts (not at the first request
 * that needs them). Several instances on one PostgreSQL must share the secrets that a single
 * embedded install generates into DATA_DIR.
 */
export function deploymentProblems(e: Env = env()): string[] {
  const problems: string[] = [];
  if (e.VERCEL && !e.DATABASE_URL) {
    problems.push("DATABASE_URL is required on Vercel (there is no writable disk for PGlite)");
  }
  if (e.VERCEL && !isInngestConfigured(e)) {
    problems.push(
      "Inngest is required on Vercel (INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY): a serverless function is frozen after its response, so in-process background jobs would not finish",
    );
  }
  if (e.NODE_ENV === "production" && e.DATABASE_URL) {
    if (!(e.AUTH_SECRET ?? e.NEXTAUTH_SECRET)) {
      problems.push(
        "AUTH_SECRET is required with DATABASE_URL in production (every instance must sign sessions with the same secret; generate one with `openssl rand -base64 32`)",
      );
    }
    if (!e.ENCRYPTION_KEYS) {
      problems.push(
        "ENCRYPTION_KEYS is required with DATABASE_URL in production (every instance must read what another encrypted; see README)",
      );
    }
  }
  return problems;
}

export type LogLevel = NonNullable<Env["LOG_LEVEL"]>;

/**
 * The log threshold. Logging must work even when the configuration is invalid (that error is
 * what gets logged), so a configuration that does not parse logs at "info".
 */
export function logLevel(): LogLevel {
  try {
    const e = env();
    return e.LOG_LEVEL ?? (e.NODE_ENV === "test" ? "warn" : "info");
  } catch {
    return "info";
  }
}

/**
 * next-auth v4 reads its settings from process.env itself. Without NEXTAUTH_URL it takes the
 * origin from the request only when AUTH_TRUST_HOST is set, so the app works on any host and port
 * without configuration; this is the one place that sets it.
 */
export function applyNextAuthDefaults(): void {
  process.env.AUTH_TRUST_HOST ??= "true";
}

// Settings whose values are credentials: the logger replaces them wherever they would appear.
const SECRET_SETTING = /SECRET|PASSWORD|TOKEN|_KEY$|_KEYS$|_KEY_ID$/;

/** The configured secret values (key material of ENCRYPTION_KEYS one by one), for redaction. */
export function configuredSecrets(): string[] {
  const values: string[] = [];
  for (const [name, value] of Object.entries(process.env)) {
    if (!value || !SECRET_SETTING.test(name)) continue;
    values.push(value, ...value.split(/[,:]/).filter((part) => part.length >= 16));
  }
  return values;
}
