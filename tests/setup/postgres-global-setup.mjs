// Creates a database of its own for this test run on the server DATABASE_URL points at,
// migrates and seeds it, and hands its URL to the workers.
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import pg from "pg";

export default async function globalSetup() {
  const base = new URL(process.env.DATABASE_URL);
  const name = `im_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.IM_TEST_DATABASE_URL = url.toString();
  process.env.IM_TEST_DATABASE_NAME = name;
  // Redis (when REDIS_URL is set) is shared: this run's keys live under their own prefix.
  process.env.CACHE_PREFIX = `${name}:`;
  const migrate = spawnSync("npx", ["--no-install", "tsx", "scripts/db-migrate.ts"], {
    env: { ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: "warn" },
    stdio: "inherit",
  });
  if (migrate.status !== 0) throw new Error("migrating the test database failed");
}
