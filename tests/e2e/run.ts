/**
 * Browser test of the whole loop on a production build with embedded defaults:
 * register → new session → answer (draft survives a reload) → submit → next → summary with
 * evaluated scores → dashboard lists the session → first badge, streak and leaderboard → a
 * recommendation starts a session in one click → sign out guards the signed-in area. The second
 * answer is spoken: Chromium's fake microphone, transcribed by a fake Whisper server (Groq's
 * speech endpoint), corrected in the editor; the summary shows its delivery, and evaluation
 * results reach the open page over the live status stream. Then the data export downloads from
 * the profile as JSON holding the session and answers, and dark mode switches on from the header,
 * survives a reload and reaches every page.
 * Uses playwright-core with Debian's Chromium (never downloads a browser). `npm run build` first.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { chromium, type Page } from "playwright-core";
import { startFakeTranscriptionServer } from "../helpers/fake-transcription-server";
import { startSession } from "./browser";
import { startApp } from "./server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // A microphone that plays a tone, allowed without a prompt.
  "--use-fake-device-for-media-stream",
  "--use-fake-ui-for-media-stream",
];

const SPOKEN_ANSWER =
  "So, um, I start from the requirements and write the API contract first, then I add validation, error handling and tests, and I measure latency under load.";

const FIRST_ANSWER =
  "I would add an index on the columns used in the WHERE clause and the join, check the query plan " +
  "with EXPLAIN ANALYZE, and cache the hot reads. An index speeds up reads but slows down writes.";

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

/**
 * The dark theme is on and the page really paints dark: the root has the `dark` class and the
 * body's background (any CSS colour syntax, read back through a canvas) is dark.
 */
function isDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    const [r = 255, g = 255, b = 255] = ctx.getImageData(0, 0, 1, 1).data;
    const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    return document.documentElement.classList.contains("dark") && luminance < 0.25;
  });
}

// Responses of the live status stream (server-sent events) the pages opened.
const liveStreams: number[] = [];

async function run(page: Page, baseUrl: string): Promise<void> {
  page.on("response", (response) => {
    if (new URL(response.url()).pathname === "/api/live") liveStreams.push(response.status());
  });
  const email = `e2e${Date.now()}@example.com`;

  await step("register and land on the dashboard", async () => {
    await page.goto(`${baseUrl}/register`);
    await page.getByLabel("Name").fill("Erin Example");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("Str0ng!Passw0rd");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/dashboard/, { timeout: 30_000 });
  });

  await step("start a two-question Technical session", () => startSession(page, baseUrl, 2));

  await step("type an answer; the draft survives a reload", async () => {
    const editor = page.getByRole("textbox", { name: "Your answer" });
    await editor.fill(FIRST_ANSWER);
    await page.getByText("Saved", { exact: true }).waitFor({ timeout: 15_000 });
    await page.reload();
    await page.getByText("Question 1 of 2").waitFor();
    assert.equal(
      await page.getByRole("textbox", { name: "Your answer" }).inputValue(),
      FIRST_ANSWER,
    );
  });

  await step("submit; the next question appears in place", async () => {
    await page.getByRole("button", { name: "Submit answer" }).click();
    await page.getByText("Question 2 of 2").waitFor({ timeout: 15_000 });
  });

  await step("speak the last answer: the transcript appears in the editor to correct", async () => {
    await page.getByRole("button", { name: "Record answer" }).click();
    await page.getByRole("button", { name: "Stop recording" }).waitFor();
    await page.waitForTimeout(3_000);
    await page.getByRole("button", { name: "Stop recording" }).click();
    const editor = page.getByRole("textbox", { name: "Your answer" });
    await page.waitForFunction(
      (expected) => document.querySelector("textarea")?.value === expected,
      SPOKEN_ANSWER,
      { timeout: 30_000 },
    );
    // The candidate corrects the filler out; delivery is still measured on what was said.
    await editor.fill(SPOKEN_ANSWER.replace("So, um, ", ""));
  });

  await step("submit the last answer; the summary opens", async () => {
    await page.getByRole("button", { name: "Submit answer" }).click();
    await page.waitForURL(/\/interviews\/\d+\/summary$/, { timeout: 30_000 });
  });

  await step("evaluations complete without a manual reload; scores and feedback show", async () => {
    await page.getByRole("heading", { name: "Interview summary" }).waitFor();
    await page.waitForFunction(
      () => /Overall score \d+ out of 100/.test(document.body.innerText),
      undefined,
      {
        timeout: 60_000,
      },
    );
    await page.waitForFunction(() => !/Evaluating/i.test(document.body.innerText), undefined, {
      timeout: 60_000,
    });
    const text = await page.locator("main").innerText();
    assert.match(text, /Content quality/i);
    // Bank questions show their written model answer after an attempt (the built-in example otherwise).
    assert.match(text, /Model answer|Example answer/i);
    assert.ok((await page.locator("svg").count()) > 0, "the radar chart renders");
    assert.match(text, /From your recording/);
    assert.match(text, /Filler words/i);
    assert.ok(
      liveStreams.some((status) => status === 200),
      "the live status stream was open",
    );
  });

  await step("the dashboard lists the session", async () => {
    await page.goto(`${baseUrl}/dashboard`);
    await page
      .getByRole("link", { name: /View summary/i })
      .first()
      .waitFor({ timeout: 15_000 });
    assert.match(await page.locator("main").innerText(), /Backend Engineer/);
  });

  await step(
    "download my data as JSON from the profile: it holds my session and answers",
    async () => {
      await page.goto(`${baseUrl}/profile`);
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 30_000 }),
        page.getByRole("button", { name: "Download my data" }).click(),
      ]);
      assert.match(download.suggestedFilename(), /\.json$/);
      const text = readFileSync(await download.path(), "utf8");
      const data = JSON.parse(text) as {
        format: string;
        tables: Record<string, Record<string, unknown>[]>;
      };
      assert.equal(data.format, "interviewmaster-export");
      assert.equal(data.tables.users?.[0]?.email, email);
      assert.ok((data.tables.interview_sessions?.length ?? 0) >= 1, "the session is exported");
      const answers = (data.tables.answers ?? []).map((a) => a.answerText);
      assert.ok(answers.includes(FIRST_ANSWER), "the typed answer is exported");
      assert.ok(
        answers.includes(SPOKEN_ANSWER.replace("So, um, ", "")),
        "the corrected spoken answer is exported",
      );
      assert.ok((data.tables.evaluations?.length ?? 0) >= 2, "the evaluations are exported");
      // Credentials never leave: no password hash, no token hashes.
      assert.doesNotMatch(text, /passwordHash|tokenHash|\$2[aby]\$/);
    },
  );

  await step(
    "dark mode: the toggle switches the theme; it persists across a reload and pages",
    async () => {
      await page.goto(`${baseUrl}/dashboard`);
      const toggle = page.getByRole("button", { name: /^Theme: / });
      for (let i = 0; i < 3 && !(await isDark(page)); i++) await toggle.click();
      assert.ok(await isDark(page), "the toggle reaches the dark theme");
      assert.match((await toggle.getAttribute("aria-label")) ?? "", /^Theme: Dark/);
      await page.reload();
      await page.getByRole("button", { name: /^Theme: Dark/ }).waitFor();
      assert.ok(await isDark(page), "dark after a reload");
      for (const path of ["/profile", "/achievements", "/"]) {
        await page.goto(`${baseUrl}${path}`);
        assert.ok(await isDark(page), `${path} renders dark`);
      }
      // Back to light for the steps that follow.
      await page.goto(`${baseUrl}/dashboard`);
      for (let i = 0; i < 3 && (await isDark(page)); i++) await toggle.click();
      assert.ok(!(await isDark(page)), "the toggle leaves the dark theme");
    },
  );

  await step("the first badge and the streak are earned; the leaderboard opens", async () => {
    // Awarded when the session is finalised, right after its last evaluation.
    const badge = page.getByRole("listitem", { name: "First interview" });
    for (let tries = 0; ; tries++) {
      await page.goto(`${baseUrl}/achievements`);
      await badge.waitFor({ timeout: 15_000 });
      if (/Earned/.test(await badge.innerText())) break;
      assert.ok(tries < 10, "the First interview badge is earned");
      await page.waitForTimeout(1_000);
    }
    assert.match(await page.locator("main").innerText(), /1 of \d+ badges earned/);
    assert.match(await page.locator("main").innerText(), /You practised today/);
    await page.goto(`${baseUrl}/leaderboard`);
    await page.getByRole("heading", { name: "Leaderboard", level: 1 }).waitFor();
    await page.getByRole("tab", { name: "All time" }).click();
    await page.getByRole("tabpanel").waitFor();
  });

  await step("a recommendation on the dashboard starts its session in one click", async () => {
    await page.goto(`${baseUrl}/dashboard`);
    await page.getByRole("heading", { name: "What to practise next" }).waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Start this session" }).first().click();
    await page.waitForURL(/\/interviews\/\d+$/, { timeout: 30_000 });
    await page.getByText(/Question 1 of \d+/).waitFor({ timeout: 30_000 });
  });

  await step("signing out guards the signed-in area", async () => {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/dashboard`);
    await page.waitForURL(/\/login\?from=%2Fdashboard/);
  });
}

async function main(): Promise<void> {
  console.log("e2e: starting the production build on embedded defaults");
  const stt = await startFakeTranscriptionServer();
  stt.script = SPOKEN_ANSWER;
  // Speech-to-text through Groq's endpoint, pointed at the fake (the LLM calls it gets fail over
  // to the built-in evaluator, as with any provider outage).
  const app = await startApp({ GROQ_API_KEY: "e2e-key", GROQ_BASE_URL: stt.url });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  let failed = false;
  try {
    await run(page, app.url);
    console.log("e2e: all steps passed");
  } catch (error) {
    failed = true;
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/e2e-failure.png", fullPage: true }).catch(() => {});
    console.error(error);
    console.error("e2e: failed (screenshot in test-results/e2e-failure.png)");
  } finally {
    await browser.close();
    await app.stop();
    await stt.close();
  }
  process.exit(failed ? 1 : 0);
}

void main();
