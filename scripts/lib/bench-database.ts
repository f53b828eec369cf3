import { randomBytes } from "node:crypto";
import pg from "pg";

export interface BenchDatabase {
  backend: "postgresql" | "pglite";
  /** Drops the bench's own database (no-op on PGlite). */
  drop: () => Promise<void>;
}

/**
 * Points the app at a database of the bench's own, before anything reads the environment: with
 * DATABASE_URL, a new migrated database on that server (dropped by `drop`), so a bench never
 * touches real data; without it, an in-memory PGlite.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const baseUrl = process.env.DATABASE_URL?.trim() || undefined;
  if (!baseUrl) {
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = "memory://";
    return { backend: "pglite", drop: async () => {} };
  }
  const name = `im_bench_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  const drop = async () => {
    const c = new pg.Client({ connectionString: baseUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  };
  try {
    const { migratePostgres } = await import("@/lib/db/postgres-migrate");
    await migratePostgres(process.env.DATABASE_URL);
  } catch (error) {
    await drop();
    throw error;
  }
  return { backend: "postgresql", drop };
}
