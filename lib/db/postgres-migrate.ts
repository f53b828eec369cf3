import pg from "pg";
import { prepareDatabase, type PrepareReport } from "./client";

// Prisma Migrate's advisory lock key, so our runner and `prisma migrate deploy` exclude each other.
export const MIGRATION_LOCK_KEY = 72707369;

/** Migrates and seeds a PostgreSQL server; safe to run from many instances at once. */
export async function migratePostgres(url: string): Promise<PrepareReport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      return await prepareDatabase({
        exec: (sql) => client.query(sql),
        query: async <T>(sql: string, params?: unknown[]) => {
          const result = await client.query(sql, params);
          return { rows: result.rows as T[] };
        },
      });
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
