/**
 * Browser journey of moderation: a candidate submits a community question → the administrator
 * (made by ADMIN_EMAILS on sign-up) approves it from /admin/moderation → another candidate reports
 * it with a reason → the report brings it back to the queue, where the administrator reads the
 * reason and flags it → the audit log shows the decision, with who and from where.
 * `npm run build` first, or E2E_BASE_URL=<running app> with E2E_ADMIN_EMAIL listed in its
 * ADMIN_EMAILS.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { appUnderTest, launch, signUpOrIn, step } from "./browser";

const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL ?? "admin-e2e@example.com";

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

async function run(browser: Browser, baseUrl: string, pages: Page[]): Promise<void> {
  const stamp = Date.now();
  const questionText = `How would you shard a ${stamp} events table by tenant and time?`;
  const company = `Journey Corp ${stamp}`;
  const [author, admin, reporter] = [
    await newPage(browser),
    await newPage(browser),
    await newPage(browser),
  ];
  pages.push(author, admin, reporter);
  const queueItem = () => admin.getByRole("listitem").filter({ hasText: questionText });

  await step("a candidate submits a question they were asked", async () => {
    await signUpOrIn(author, baseUrl, { name: "Ada Author", email: `author${stamp}@example.com` });
    await author.goto(`${baseUrl}/community/submit`);
    await author.getByLabel("Company").fill(company);
    await author.getByLabel("Role").fill("Backend Engineer");
    await author.getByLabel("The question, as you were asked it").fill(questionText);
    await author.getByRole("button", { name: "Submit for moderation" }).click();
    await author.getByText("your question is waiting for a moderator").waitFor();
  });

  await step("the administrator signs in and approves it from the moderation queue", async () => {
    await signUpOrIn(admin, baseUrl, { name: "Ann Admin", email: ADMIN_EMAIL });
    await admin.getByRole("link", { name: "Admin", exact: true }).first().waitFor();
    await admin.goto(`${baseUrl}/admin/moderation`);
    await admin.getByRole("heading", { name: "Moderation queue" }).waitFor();
    const item = queueItem();
    await item.waitFor();
    await item
      .getByLabel(/What a good answer covers/)
      .fill(
        "Picks a shard key that spreads tenants evenly\nPartitions by time for retention\nRoutes queries to the right shard",
      );
    await item.getByRole("button", { name: "Approve" }).click();
    await admin.getByText(/Approved question \d+/).waitFor();
    await item.waitFor({ state: "detached" });
  });

  await step("another candidate reports it with a reason", async () => {
    await signUpOrIn(reporter, baseUrl, { name: "Rex Reporter", email: `rex${stamp}@example.com` });
    await reporter.goto(`${baseUrl}/community?company=${encodeURIComponent(company)}`);
    const card = reporter.getByRole("article").filter({ hasText: questionText });
    await card.getByRole("button", { name: "Report" }).click();
    const dialog = reporter.getByRole("dialog", { name: "Report this question" });
    await dialog.getByRole("radio", { name: "Not a real interview question" }).click();
    await dialog.getByLabel(/Details/).fill("Journey Corp never asks about sharding");
    await dialog.getByRole("button", { name: "Send report" }).click();
    await dialog.waitFor({ state: "detached" });
    await card.getByRole("button", { name: "Reported" }).waitFor();
  });

  await step("the report brings it back to the queue; the administrator flags it", async () => {
    await admin.goto(`${baseUrl}/admin/moderation`);
    const item = queueItem();
    await item.waitFor();
    const text = await item.innerText();
    assert.match(text, /Open reports \(1\)/);
    assert.match(text, /Not a real interview question: Journey Corp never asks about sharding/);
    await item.getByLabel(/Note to the author/).fill("Checking with the author");
    await item.getByRole("button", { name: "Flag for review" }).click();
    await admin.getByText(/Flagged question \d+/).waitFor();
  });

  await step("the audit log shows the decision with who made it", async () => {
    await admin.goto(`${baseUrl}/admin/audit?q=${encodeURIComponent(company)}`);
    const row = admin.getByRole("row").filter({ hasText: "admin.community_flagged" });
    await row.first().waitFor();
    const text = await row.first().innerText();
    assert.match(text, new RegExp(ADMIN_EMAIL.replace(/[.+]/g, "\\$&")));
    assert.match(text, /Checking with the author/);
    assert.match(text, /flagged/);
  });
}

async function main(): Promise<void> {
  console.log("e2e admin journey: starting the app");
  const app = await appUnderTest({ ADMIN_EMAILS: ADMIN_EMAIL });
  const browser = await launch();
  const pages: Page[] = [];
  let failed = false;
  try {
    await run(browser, app.url, pages);
    console.log("e2e admin journey: all steps passed");
  } catch (error) {
    failed = true;
    mkdirSync("test-results", { recursive: true });
    await Promise.all(
      pages.map((p, i) =>
        p
          .screenshot({ path: `test-results/admin-journey-${i}.png`, fullPage: true })
          .catch(() => {}),
      ),
    );
    console.error(error);
    console.error("e2e admin journey: failed (screenshots in test-results/)");
  } finally {
    await browser.close();
    await app.stop();
  }
  process.exit(failed ? 1 : 0);
}

void main();
