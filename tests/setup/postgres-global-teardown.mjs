import pg from "pg";
import Redis from "ioredis";

export default async function globalTeardown() {
  const name = process.env.IM_TEST_DATABASE_NAME;
  if (!name || !process.env.DATABASE_URL) return;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  if (process.env.REDIS_URL && process.env.CACHE_PREFIX) {
    const redis = new Redis(process.env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      const keys = await redis.keys(`${process.env.CACHE_PREFIX}*`);
      if (keys.length > 0) await redis.del(...keys);
    } catch {
      // Redis gone: nothing to clean.
    } finally {
      redis.disconnect();
    }
  }
}
