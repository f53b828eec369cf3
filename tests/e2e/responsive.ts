/**
 * Responsive check on Debian's Chromium: every page (signed out, a candidate's with the room and
 * its summary, an administrator's) at 360 px wide must not scroll sideways
 * (document.scrollingElement.scrollWidth ≤ 360), nor two pages with the administrator's header (the
 * longest) at 768-1440 px. A page that does is reported with the elements that stick out, and the
 * run fails. With E2E_SCREENSHOTS=<dir>, saves each page at the width checked.
 * `npm run build` first, or E2E_BASE_URL=<running app> (with E2E_ADMIN_EMAIL in its ADMIN_EMAILS).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import {
  ADMIN_PAGES,
  CANDIDATE_PAGES,
  SIGNED_OUT_PAGES,
  answerAndAwaitSummary,
  appUnderTest,
  launch,
  signUpOrIn,
  startSession,
  step,
} from "./browser";

const WIDTH = 360;
const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL ?? "admin-e2e@example.com";
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;
const failures: string[] = [];
let checked = 0;

/** How wide the page scrolls, and the outermost elements reaching past the viewport. */
function measure(page: Page, viewportWidth: number) {
  return page.evaluate((width) => {
    const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
    const offenders: string[] = [];
    if (scrollWidth > width) {
      for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 0.5) continue;
        // Inside something that scrolls or clips sideways, it does not widen the page.
        let clipped = false;
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if (o !== "visible") {
            clipped = true;
            break;
          }
        }
        // Only the outermost offender: its children are reported with it.
        const parent = el.parentElement?.getBoundingClientRect();
        if (clipped || (parent && parent.right > width + 0.5)) continue;
        const cls = typeof el.className === "string" ? el.className.slice(0, 80) : "";
        const text = (el.innerText ?? "").replace(/\s+/g, " ").slice(0, 40);
        offenders.push(
          `<${el.tagName.toLowerCase()} class="${cls}"> right=${Math.round(box.right)} "${text}"`,
        );
        if (offenders.length >= 6) break;
      }
    }
    return { scrollWidth, offenders };
  }, viewportWidth);
}

async function check(page: Page, name: string, width = WIDTH): Promise<void> {
  await page.waitForLoadState("load");
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
  let result;
  for (let attempt = 1; ; attempt++) {
    try {
      result = await measure(page, width);
      break;
    } catch (error) {
      // `next dev` may reload a page once it has compiled it.
      if (attempt >= 3 || !/context was destroyed|navigation/i.test(String(error))) throw error;
      await page.waitForLoadState("load");
    }
  }
  checked++;
  if (result.scrollWidth > width) {
    failures.push(
      `${name}: scrolls to ${result.scrollWidth} px\n      ${result.offenders.join("\n      ")}`,
    );
    console.log(`    ✗ ${name} overflows (${result.scrollWidth} px)`);
  }
  if (SCREENSHOTS) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({
      path: path.join(SCREENSHOTS, `${name.replace(/[^a-z0-9]+/gi, "_")}-${width}.png`),
      fullPage: true,
    });
  }
}

async function visit(page: Page, url: string, name: string, width = WIDTH): Promise<void> {
  await page.goto(url);
  await check(page, name, width);
}

/** Opens the first link of a list page whose address matches, and checks that page. */
async function visitFirstLink(page: Page, pattern: RegExp, name: string): Promise<void> {
  const href = await page.evaluate(
    (source) =>
      Array.from(document.querySelectorAll<HTMLAnchorElement>("main a[href]"))
        .map((a) => a.getAttribute("href") ?? "")
        .find((h) => new RegExp(source).test(h)) ?? null,
    pattern.source,
  );
  if (!href) throw new Error(`${name}: no link matching ${pattern}`);
  await visit(page, new URL(href, page.url()).toString(), name);
}

async function run(baseUrl: string): Promise<void> {
  const browser = await launch();
  const stamp = Date.now();
  try {
    const viewport = { width: WIDTH, height: 780 };
    const ctx = await browser.newContext({ viewport });
    const page = await ctx.newPage();
    page.setDefaultTimeout(60_000);
    await step("signed-out pages at 360 px", async () => {
      for (const [p, name] of [
        ...SIGNED_OUT_PAGES,
        ["/docs/api", "api-docs"],
        ["/reset-password?token=not-a-real-token", "reset-password"],
        ["/verify-email?token=not-a-real-token", "verify-email"],
        ["/no-such-page", "not-found"],
      ] as const)
        await visit(page, `${baseUrl}${p}`, name);
    });
    await step("a candidate's pages, the room and its summary at 360 px", async () => {
      await signUpOrIn(page, baseUrl, {
        name: "Rae Responsive",
        email: `rwd-${stamp}@example.com`,
      });
      await check(page, "dashboard-empty");
      await visit(page, `${baseUrl}/interviews/new`, "new-interview");
      await startSession(page, baseUrl);
      await check(page, "interview-room");
      await answerAndAwaitSummary(page);
      await check(page, "summary");
      for (const [p, name] of [
        ...CANDIDATE_PAGES,
        ["/study-plan", "study-plan"],
        ["/coaching", "coaching"],
      ] as const)
        await visit(page, `${baseUrl}${p}`, name);
    });
    await ctx.close();

    const adminCtx = await browser.newContext({ viewport });
    const admin = await adminCtx.newPage();
    admin.setDefaultTimeout(60_000);
    await step("the administrator's pages at 360 px", async () => {
      await signUpOrIn(admin, baseUrl, { name: "Ann Admin", email: ADMIN_EMAIL });
      for (const p of ADMIN_PAGES)
        await visit(admin, `${baseUrl}/admin${p}`, `admin${p.replace("/", "-")}`);
      await admin.goto(`${baseUrl}/admin/users`);
      await visitFirstLink(admin, /^\/admin\/users\/\d+$/, "admin-user");
      await admin.goto(`${baseUrl}/admin/questions`);
      await visitFirstLink(admin, /^\/admin\/questions\/\d+$/, "admin-question");
    });
    // The header's row of links is longest for an administrator: at tablet and laptop widths it
    // must fit or give way to the menu button.
    await step("the administrator's header at 768, 1024, 1280 and 1440 px", async () => {
      for (const width of [768, 1024, 1280, 1440]) {
        await admin.setViewportSize({ width, height: 800 });
        await visit(admin, `${baseUrl}/admin/users`, `admin-users-${width}`, width);
        await visit(admin, `${baseUrl}/dashboard`, `dashboard-${width}`, width);
      }
    });
    await adminCtx.close();
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  console.log(`responsive: no page scrolls sideways at ${WIDTH} px, nor the header at 768-1440 px`);
  const app = await appUnderTest({ ADMIN_EMAILS: ADMIN_EMAIL });
  let failed = false;
  try {
    await run(app.url);
  } catch (error) {
    failed = true;
    console.error(error);
  } finally {
    await app.stop();
  }
  if (failures.length > 0) {
    failed = true;
    console.error(`responsive: ${failures.length} of ${checked} pages scroll sideways`);
    for (const f of failures) console.error(`  ${f}`);
  } else if (!failed) console.log(`responsive: ${checked} pages fit their width`);
  process.exit(failed ? 1 : 0);
}

void main();
