// npm run db:seed — writes the question bank (lib/questions/bank/data/*.json) to the database:
// new questions inserted, edited ones updated by key and content hash, removed ones retired.
// Idempotent. Applies pending migrations first (the bank needs their columns). Uses DATABASE_URL
// when set, else the embedded database in DATA_DIR (stop the app first: one process per folder).
import { closeCache } from "@/lib/cache";
import { syncDatabase } from "@/lib/questions/sync-bank";
import { describeBankSeed } from "./lib/describe-seed";

async function main(): Promise<void> {
  const report = await syncDatabase();
  if (report.migrations.applied.length > 0) {
    console.log(`applied migrations: ${report.migrations.applied.join(", ")}`);
  }
  console.log(`${report.target}: ${describeBankSeed(report.bank)}`);
  await closeCache();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
