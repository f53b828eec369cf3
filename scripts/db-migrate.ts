// npm run db:migrate — applies pending migrations (recorded in _prisma_migrations) and seeds the
// built-in question bank: on DATABASE_URL when set, else on the embedded database in DATA_DIR.
import { closeCache } from "@/lib/cache";
import { syncDatabase } from "@/lib/questions/sync-bank";
import { describeBankSeed } from "./lib/describe-seed";

async function main(): Promise<void> {
  const report = await syncDatabase();
  const { applied, alreadyApplied } = report.migrations;
  console.log(
    `${report.target}: ${applied.length} migrations applied, ${alreadyApplied.length} already applied.`,
  );
  console.log(describeBankSeed(report.bank));
  await closeCache();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
