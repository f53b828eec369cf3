// npm run cache:warm — loads the L1 question pools of the common role/difficulty/count/category
// combinations into the cache (Redis when REDIS_URL is set; otherwise this process's memory, which
// only helps as a smoke test). The server does the same at start with CACHE_WARM_ON_START=1.
//
// Usage: npm run cache:warm [-- --roles "Backend Engineer,Data Scientist"]
import { closeCache } from "@/lib/cache";
import { disconnectDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { commonPoolRequests, warmQuestionPools } from "@/lib/questions/warm-pools";

function rolesArg(argv: string[]): string[] | undefined {
  const at = argv.indexOf("--roles");
  const value = at === -1 ? undefined : argv[at + 1];
  return value
    ? value
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean)
    : undefined;
}

async function main(): Promise<void> {
  const started = performance.now();
  const requests = commonPoolRequests(rolesArg(process.argv.slice(2)));
  const totals = await warmQuestionPools(requests);
  const store = env().REDIS_URL ? "redis" : "in-process memory (lost when this command exits)";
  console.log(
    `warmed ${requests.length} question pools into ${store}: ${totals.loaded} loaded, ` +
      `${totals.cached} already cached, ${totals.empty} empty (${Math.round(performance.now() - started)} ms)`,
  );
  await closeCache();
  await disconnectDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
