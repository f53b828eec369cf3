/**
 * Accessibility check with axe-core (@axe-core/playwright) on Debian's Chromium: every main page
 * (signed out, a candidate's, an administrator's) in the light and the dark theme, WCAG 2.x A/AA
 * rules. Fails on any serious or critical violation; lists the others. Results are written to
 * test-results/axe.json. With E2E_SCREENSHOTS=<dir>, also saves each page at 1280 and 390 px.
 * `npm run build` first, or E2E_BASE_URL=<running app> (with E2E_ADMIN_EMAIL in its ADMIN_EMAILS).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  ADMIN_PAGES,
  CANDIDATE_PAGES,
  SIGNED_OUT_PAGES,
  answerAndAwaitSummary,
  appUnderTest,
  awaitSummary,
  launch,
  signUpOrIn,
  startSession,
  step,
} from "./browser";

const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL ?? "admin-e2e@example.com";
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;
const THEMES = ["light", "dark"] as const;
type Theme = (typeof THEMES)[number];
const BLOCKING = new Set(["serious", "critical"]);

interface PageResult {
  page: string;
  theme: Theme;
  violations: { id: string; impact: string | null; help: string; targets: string[] }[];
}
const results: PageResult[] = [];

async function context(browser: Browser, theme: Theme): Promise<BrowserContext> {
  // The app follows the system's scheme until the user picks one: emulate the system's.
  return browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
}

/** Waits for the page to settle (fonts, client rendering) before axe reads the colours. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
}

async function check(page: Page, name: string, theme: Theme): Promise<void> {
  // `next dev` may reload a page once it has compiled it: read it again when that happens.
  for (let attempt = 1; ; attempt++) {
    try {
      return await checkOnce(page, name, theme);
    } catch (error) {
      if (attempt >= 3 || !/context was destroyed|navigation/i.test(String(error))) throw error;
      await page.waitForLoadState("load");
    }
  }
}

async function checkOnce(page: Page, name: string, theme: Theme): Promise<void> {
  await settle(page);
  const expected = theme === "dark";
  const isDark = await page.evaluate(() => document.documentElement.classList.contains("dark"));
  if (isDark !== expected) throw new Error(`${name}: expected the ${theme} theme`);
  const analysis = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    // Next's dev-mode overlay (absent from production builds) is not our page.
    .exclude("nextjs-portal")
    .analyze();
  results.push({
    page: name,
    theme,
    violations: analysis.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    })),
  });
  if (SCREENSHOTS) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = (w: number) =>
      path.join(SCREENSHOTS, `${name.replace(/[^a-z0-9]+/gi, "_")}-${theme}-${w}.png`);
    await page.screenshot({ path: file(1280), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: file(390), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

async function visit(page: Page, url: string, name: string, theme: Theme): Promise<void> {
  await page.goto(url);
  await check(page, name, theme);
}

const pages: Page[] = [];

/** Name of the focused element, as a keyboard user meets it. */
function focused(page: Page): Promise<{ tag: string; name: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", name: "", visible: true };
    const labelled = el.getAttribute("aria-labelledby");
    const name =
      el.getAttribute("aria-label") ??
      (labelled ? document.getElementById(labelled)?.innerText : null) ??
      (el.id
        ? document.querySelector<HTMLLabelElement>(`label[for="${el.id}"]`)?.innerText
        : null) ??
      el.innerText ??
      "";
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      name: name.trim(),
      visible: box.width > 0 && box.height > 0,
    };
  });
}

/**
 * The interview room by keyboard alone: Tab walks visible controls in reading order and reaches
 * the answer box; typing letters never triggers anything (no single-key shortcut fires while
 * typing); Ctrl+Enter in the answer box submits.
 */
async function keyboardPass(page: Page): Promise<void> {
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  const order: string[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (!f.visible) throw new Error(`Tab reached an invisible element: ${f.tag} ${f.name}`);
    order.push(f.name.split("\n")[0]!);
    if (f.name === "Your answer") break;
  }
  if (!order.includes("Your answer"))
    throw new Error(`Tab never reached the answer box: ${order.join(" → ")}`);
  const url = page.url();
  const typed =
    "s n k ? / r 1 2. I would add an index on the filtered columns, check the plan with EXPLAIN ANALYZE and cache hot reads; indexes slow down writes.";
  await page.keyboard.type(typed);
  const value = await page.getByRole("textbox", { name: "Your answer" }).inputValue();
  if (value !== typed)
    throw new Error(`typing was intercepted: ${JSON.stringify(value.slice(0, 60))}`);
  if (page.url() !== url) throw new Error("typing navigated away");
  await page.keyboard.press("Tab");
  const next = await focused(page);
  console.log(`    keyboard: ${[...order, next.name.split("\n")[0]!].join(" → ")}`);
  await page.getByRole("textbox", { name: "Your answer" }).focus();
  await page.keyboard.press("Control+Enter");
}

async function run(browser: Browser, baseUrl: string): Promise<void> {
  const stamp = Date.now();
  for (const theme of THEMES) {
    const ctx = await context(browser, theme);
    const page = await ctx.newPage();
    page.setDefaultTimeout(60_000);
    pages.push(page);
    await step(`signed-out pages (${theme})`, async () => {
      for (const [p, name] of SIGNED_OUT_PAGES) await visit(page, `${baseUrl}${p}`, name, theme);
    });

    await step(
      `a new candidate's pages, the interview room and its summary (${theme})`,
      async () => {
        await signUpOrIn(page, baseUrl, {
          name: "Alex Axe",
          email: `axe-${theme}-${stamp}@example.com`,
        });
        await check(page, "dashboard-empty", theme);
        await visit(page, `${baseUrl}/interviews/new`, "new-interview", theme);
        await startSession(page, baseUrl);
        await check(page, "interview-room", theme);
        if (theme === "light") {
          await keyboardPass(page);
          await awaitSummary(page);
        } else await answerAndAwaitSummary(page);
        await check(page, "summary", theme);
        for (const [p, name] of CANDIDATE_PAGES) await visit(page, `${baseUrl}${p}`, name, theme);
      },
    );
    await ctx.close();

    const adminCtx = await context(browser, theme);
    const admin = await adminCtx.newPage();
    admin.setDefaultTimeout(60_000);
    await step(`the administrator's pages (${theme})`, async () => {
      await signUpOrIn(admin, baseUrl, { name: "Ann Admin", email: ADMIN_EMAIL });
      for (const p of ADMIN_PAGES)
        await visit(admin, `${baseUrl}/admin${p}`, `admin${p.replace("/", "-")}`, theme);
    });
    await adminCtx.close();
  }
}

function report(): number {
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/axe.json", JSON.stringify(results, null, 2));
  let blocking = 0;
  for (const r of results) {
    const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 } as Record<string, number>;
    for (const v of r.violations)
      counts[v.impact ?? "minor"] = (counts[v.impact ?? "minor"] ?? 0) + 1;
    console.log(
      `  ${r.page.padEnd(18)} ${r.theme.padEnd(5)} critical ${counts.critical} · serious ${counts.serious} · moderate ${counts.moderate} · minor ${counts.minor}`,
    );
    for (const v of r.violations) {
      if (BLOCKING.has(v.impact ?? "")) blocking++;
      console.log(`      [${v.impact}] ${v.id}: ${v.help} — ${v.targets.join(" | ")}`);
    }
  }
  return blocking;
}

async function main(): Promise<void> {
  console.log("a11y: axe-core on every main page, light and dark");
  const app = await appUnderTest({ ADMIN_EMAILS: ADMIN_EMAIL });
  const browser = await launch();
  let failed = false;
  try {
    await run(browser, app.url);
  } catch (error) {
    failed = true;
    console.error(error);
    mkdirSync("test-results", { recursive: true });
    await pages[pages.length - 1]
      ?.screenshot({ path: "test-results/a11y-failure.png", fullPage: true })
      .catch(() => {});
  } finally {
    const blocking = report();
    if (blocking > 0) {
      failed = true;
      console.error(`a11y: ${blocking} serious or critical violation(s)`);
    } else if (!failed) console.log("a11y: no serious or critical violations");
    await browser.close();
    await app.stop();
  }
  process.exit(failed ? 1 : 0);
}

void main();
