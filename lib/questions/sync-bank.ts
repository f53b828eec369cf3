import { migratePostgres } from "@/lib/db/postgres-migrate";
import { prepareEmbeddedDatabase, type PrepareReport } from "@/lib/db/client";
import { env } from "@/lib/env";
import { invalidateAllQuestionPools } from "./question-pool";

/**
 * Brings the configured database (DATABASE_URL, else the embedded one in DATA_DIR) up to date:
 * pending migrations, then the question bank. When the bank changed anything, the cached question
 * pools are dropped so sessions see added questions and never retired ones.
 */
export async function syncDatabase(): Promise<PrepareReport & { target: string }> {
  const { DATABASE_URL, DATA_DIR } = env();
  const report = DATABASE_URL
    ? await migratePostgres(DATABASE_URL)
    : await prepareEmbeddedDatabase(DATA_DIR);
  const { inserted, updated, retired } = report.bank;
  if (inserted + updated + retired > 0) await invalidateAllQuestionPools();
  const url = DATABASE_URL ? new URL(DATABASE_URL) : null;
  const target = url ? `PostgreSQL ${url.host}${url.pathname}` : `embedded database in ${DATA_DIR}`;
  return { ...report, target };
}
