// npm run crypto:rotate — re-encrypts every secret kept at rest (resume files, texts and analyses;
// job descriptions' text, company and link; agent runs' traces and outputs; answers', drafts' and
// follow-ups' text, names, personal questions, evaluations' feedback and evidence, session
// summaries; answer hashes are recomputed) with the current key of ENCRYPTION_KEYS (the first
// one), so retired keys can be removed afterwards; values stored before encryption are encrypted.
// Idempotent. Uses DATABASE_URL when set, else the embedded database in DATA_DIR (stop the app).
import { rotateAgentExecutionKeys } from "@/lib/agents/rotate-keys";
import { closeCache } from "@/lib/cache";
import { disconnectDb } from "@/lib/db/client";
import { rotateJobDescriptionKeys } from "@/lib/job-descriptions/sealed-fields";
import { rotatePersonalText } from "@/lib/privacy/rotate-personal-text";
import { rotateResumeKeys } from "@/lib/resumes/rotate-keys";

async function main(): Promise<void> {
  const report = await rotateResumeKeys();
  const jobs = await rotateJobDescriptionKeys();
  const agents = await rotateAgentExecutionKeys();
  const personal = await rotatePersonalText();
  const failed = report.failed + jobs.failed + agents.failed + personal.failed;
  const rows = Object.entries(personal.tables).map(([table, n]) => `${n} ${table}`);
  console.log(
    `re-encrypted: ${report.texts} texts, ${report.analyses} analyses, ${report.files} files, ${jobs.rows} job descriptions, ${agents.rows} agent runs, ${rows.join(", ")}; ${failed} failed`,
  );
  await disconnectDb();
  await closeCache();
  if (failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
