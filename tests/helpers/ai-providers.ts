/**
 * Points the app's LLM providers at a fake server (or at nothing) for one test, with the router
 * and cache state a test must not inherit from the previous one.
 */
import { randomBytes } from "node:crypto";
import { PROVIDER_ENV_VARS } from "@/lib/ai/providers/registry";
import { resetAiRouter } from "@/lib/ai/router";
import { cache } from "@/lib/cache";
import { resetEnvForTests } from "@/lib/env";
import type { FakeLlmServer, FakeProvider } from "./fake-llm-server";

// Test files run in parallel against one Redis: each gets its own key space (quota counters,
// cached pools), still under the run's prefix that the global teardown removes.
process.env.CACHE_PREFIX = `${process.env.CACHE_PREFIX ?? "im:"}${randomBytes(4).toString("hex")}:`;
resetEnvForTests();

const MANAGED = [
  ...PROVIDER_ENV_VARS,
  "AI_CLOUD_TIMEOUT_MS",
  "AI_OLLAMA_TIMEOUT_MS",
  "AI_QUESTION_BUDGET_MS",
  "AI_EVALUATION_BUDGET_MS",
  "AI_BREAKER_THRESHOLD",
  "AI_BREAKER_HALF_OPEN_MS",
  "GROQ_DAILY_QUOTA",
  "GEMINI_PER_MINUTE_QUOTA",
  "HF_MONTHLY_CHAR_QUOTA",
  "GROQ_STT_MODEL",
  "GROQ_STT_DAILY_QUOTA",
  "AI_TRANSCRIBE_TIMEOUT_MS",
  "AUDIO_MAX_BYTES",
  "AUDIO_MAX_SECONDS",
];

const BASE_URL: Record<FakeProvider, (url: string) => Record<string, string>> = {
  groq: (url) => ({ GROQ_BASE_URL: url, GROQ_API_KEY: "test-key" }),
  gemini: (url) => ({ GEMINI_BASE_URL: url, GEMINI_API_KEY: "test-key" }),
  ollama: (url) => ({ OLLAMA_BASE_URL: url }),
  huggingface: (url) => ({ HF_BASE_URL: `${url}/v1`, HF_TOKEN: "test-key" }),
};

/** Cache entries a test's outcome depends on: quotas, cached evaluations and pools, locks. */
export async function clearAiCache(): Promise<void> {
  for (const prefix of ["quota:", "eval:", "questions:", "lock:"]) await cache().delPrefix(prefix);
}

/** Configures exactly `providers` against `fake`, plus any other settings, from a clean slate. */
export async function configureProviders(
  fake: FakeLlmServer | null,
  providers: FakeProvider[],
  settings: Record<string, string> = {},
): Promise<void> {
  for (const key of MANAGED) delete process.env[key];
  if (fake) for (const p of providers) Object.assign(process.env, BASE_URL[p](fake.url));
  Object.assign(process.env, settings);
  resetEnvForTests();
  resetAiRouter();
  fake?.reset();
  await clearAiCache();
}

/** Back to no provider at all (the offline built-in one only). */
export function configureOffline(): Promise<void> {
  return configureProviders(null, []);
}
