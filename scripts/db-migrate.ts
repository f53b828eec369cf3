// npm run db:migrate — applies pending migrations (recorded in _prisma_migrations) and seeds the
// built-in question bank: on DATABASE_URL when set, else on the embedded database in DATA_DIR.
import { env } from "@/lib/env";
import { db, disconnectDb } from "@/lib/db/client";
import { migratePostgres } from "@/lib/db/postgres-migrate";

async function main(): Promise<void> {
  const { DATABASE_URL, DATA_DIR } = env();
  if (DATABASE_URL) {
    await migratePostgres(DATABASE_URL);
    console.log("PostgreSQL database is up to date.");
  } else {
    // The embedded database migrates itself on first use; a query triggers it.
    await db.$queryRawUnsafe("SELECT 1");
    console.log(`Embedded database in ${DATA_DIR} is up to date.`);
  }
  await disconnectDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
