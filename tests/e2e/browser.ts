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
