/**
 * What the browser tests share: Debian's Chromium through playwright-core (never a downloaded
 * browser), named steps, the app (a production build started here, or E2E_BASE_URL: a server
 * already running, e.g. `next dev`), and signing up or in.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { startApp } from "./server";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const PASSWORD = "Str0ng!Passw0rd";

export async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
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

export interface Target {
  url: string;
  stop(): Promise<void>;
}

/** The app to test: E2E_BASE_URL when set (its env must match what the test needs), else a build. */
export async function appUnderTest(env: Record<string, string> = {}): Promise<Target> {
  const external = process.env.E2E_BASE_URL;
  if (external) return { url: external.replace(/\/$/, ""), stop: async () => {} };
  return startApp(env);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Registers a new account (or signs in when it exists already) and lands on the dashboard. */
export async function signUpOrIn(
  page: Page,
  baseUrl: string,
  user: { name: string; email: string },
): Promise<void> {
  await page.goto(`${baseUrl}/register`);
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  const exists = page.getByText("An account with this email already exists");
  const outcome = await Promise.race([
    page.waitForURL(/\/dashboard/, { timeout: 90_000 }).then(() => "registered" as const),
    exists.waitFor({ timeout: 90_000 }).then(() => "exists" as const),
  ]);
  if (outcome === "registered") return;
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/dashboard/, { timeout: 90_000 });
}

/** Starts a Technical session at Easy (one question unless said) from the setup page; waits for
 * the room. */
export async function startSession(page: Page, baseUrl: string, questions = 1): Promise<void> {
  await page.goto(`${baseUrl}/interviews/new`);
  await page.getByLabel("Role").fill("Backend Engineer");
  await page.getByRole("radio", { name: /Easy/ }).click();
  await page.getByLabel("Number of questions").fill(String(questions));
  for (const category of [
    "Technical",
    "Behavioral",
    "Domain specific",
    "System design",
    "Coding",
  ]) {
    const box = page.getByRole("checkbox", { name: category });
    const checked = (await box.getAttribute("aria-checked")) === "true";
    if (checked !== (category === "Technical")) await box.click();
  }
  await page.getByRole("button", { name: "Start interview" }).click();
  await page.waitForURL(/\/interviews\/\d+$/, { timeout: 120_000 });
  await page.getByText(`Question 1 of ${questions}`).waitFor({ timeout: 120_000 });
}

/** Answers the open question and waits for its summary with the evaluated score. */
export async function answerAndAwaitSummary(page: Page): Promise<void> {
  await page
    .getByRole("textbox", { name: "Your answer" })
    .fill(
      "I would add an index on the filtered columns, check the plan with EXPLAIN ANALYZE and cache hot reads; indexes slow down writes.",
    );
  await page.getByRole("button", { name: "Submit answer" }).click();
  await awaitSummary(page);
}

/** Waits for the summary page and its evaluated overall score. */
export async function awaitSummary(page: Page): Promise<void> {
  await page.waitForURL(/\/summary$/, { timeout: 60_000 });
  await page.waitForFunction(
    () => /Overall score \d+ out of 100/.test(document.body.innerText),
    undefined,
    { timeout: 90_000 },
  );
}

/** The main pages by who sees them (path, name), for the checks that visit every page. */
export const SIGNED_OUT_PAGES = [
  ["/", "landing"],
  ["/login", "login"],
  ["/register", "register"],
  ["/forgot-password", "forgot-password"],
] as const;
export const CANDIDATE_PAGES = [
  ["/dashboard", "dashboard"],
  ["/leaderboard", "leaderboard"],
  ["/achievements", "achievements"],
  ["/profile", "profile"],
  ["/community", "community"],
  ["/community/submit", "community-submit"],
  ["/resumes", "resumes"],
  ["/jobs", "jobs"],
] as const;
export const ADMIN_PAGES = [
  "",
  "/users",
  "/moderation",
  "/audit",
  "/flags",
  "/system",
  "/questions",
];
