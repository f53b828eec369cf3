import { closeCache } from "@/lib/cache";
import { disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { closeLiveBus } from "@/lib/live";

/** An integration file's teardown: background jobs finish, then database, cache and bus close. */
export async function closeApp(): Promise<void> {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
  await closeLiveBus();
}
