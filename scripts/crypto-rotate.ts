// npm run crypto:rotate — re-encrypts every resume file, text and analysis with the current key of
// ENCRYPTION_KEYS (the first one), so retired keys can be removed afterwards. Idempotent. Uses
// DATABASE_URL when set, else the embedded database in DATA_DIR (stop the app first).
import { closeCache } from "@/lib/cache";
import { disconnectDb } from "@/lib/db/client";
import { rotateResumeKeys } from "@/lib/resumes/rotate-keys";

async function main(): Promise<void> {
  const report = await rotateResumeKeys();
  console.log(
    `re-encrypted: ${report.texts} texts, ${report.analyses} analyses, ${report.files} files; ${report.failed} failed`,
  );
  await disconnectDb();
  await closeCache();
  if (report.failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
