import path from "node:path";
import { mkdir } from "node:fs/promises";
import type { PGlite } from "@electric-sql/pglite";
import { env, IN_MEMORY_DATA_DIR } from "@/lib/env";
import { logger } from "@/lib/logger";
import { PrismaClient } from "./generated/client";
import { acquireDataDirLock, releaseDataDirLock } from "./data-dir-lock";
import { openSealedColumns } from "./open-sealed";
import { seedQuestionBank, type SeedReport } from "@/lib/questions/bank/seed";
import {
  applyMigrations,
  readMigrations,
  type MigrationReport,
  type SqlRunner,
} from "./migrations";

type ClientOptions = ConstructorParameters<typeof PrismaClient>[0];
type AdapterFactory = Extract<ClientOptions, { adapter: unknown }>["adapter"];

// Password hashes never leave the data layer unless a query asks for them by name. Interactive
// transactions are short, but on a saturated instance the event loop can stall for seconds
// between their statements: Prisma's defaults (2 s to start, 5 s in all) turned such stalls into
// 500s. Longer limits still bound how long a transaction holds its locks.
const clientOptions = {
  omit: { user: { passwordHash: true } },
  transactionOptions: { maxWait: 10_000, timeout: 15_000 },
} as const;

function createPrisma(adapter: AdapterFactory) {
  return new PrismaClient({ adapter, ...clientOptions }).$extends(openSealedColumns);
}
export type Db = ReturnType<typeof createPrisma>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** A client that reports every SQL statement it sends (tests count the queries of an operation). */
function createCountingPrisma(adapter: AdapterFactory, onQuery: (sql: string) => void): Db {
  const client = new PrismaClient({
    adapter,
    ...clientOptions,
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (event) => onQuery(event.query));
  return client.$extends(openSealedColumns);
}

// The DATA_DIR each open embedded database holds the lock of, to give it back on close.
const lockedDirs = new WeakMap<PGlite, string>();

/** Opens the embedded database, first taking DATA_DIR's one-process lock (data-dir-lock.ts). */
async function openPGlite(dataDir: string): Promise<PGlite> {
  const { PGlite } = await import("@electric-sql/pglite");
  if (dataDir === IN_MEMORY_DATA_DIR) return PGlite.create();
  const dir = path.resolve(dataDir, "pglite");
  await mkdir(dir, { recursive: true });
  acquireDataDirLock(dataDir);
  try {
    const pglite = await PGlite.create(dir);
    lockedDirs.set(pglite, dataDir);
    return pglite;
  } catch (error) {
    releaseDataDirLock(dataDir);
    throw error;
  }
}

async function closePGlite(pglite: PGlite): Promise<void> {
  try {
    await pglite.close();
  } finally {
    const dir = lockedDirs.get(pglite);
    if (dir) releaseDataDirLock(dir);
  }
}

export interface PrepareReport {
  migrations: MigrationReport;
  bank: SeedReport;
}

/**
 * Migrations plus the built-in question bank: everything the app needs before first use. The
 * one path for the embedded database's first start, `npm run db:migrate` and `npm run db:seed`.
 */
export async function prepareDatabase(runner: SqlRunner): Promise<PrepareReport> {
  const migrations = await applyMigrations(runner, await readMigrations(), (m) => logger.info(m));
  const bank = await seedQuestionBank(runner);
  if (migrations.applied.length > 0 || bank.inserted + bank.updated + bank.retired > 0) {
    logger.info("database ready", { migrations: migrations.applied.length, questionBank: bank });
  }
  return { migrations, bank };
}

/**
 * Migrates and seeds the embedded database in `dataDir` outside the app (npm run db:migrate /
 * db:seed). The folder belongs to one process at a time: the app must not be running on it.
 */
export async function prepareEmbeddedDatabase(dataDir: string): Promise<PrepareReport> {
  const pglite = await openPGlite(dataDir);
  try {
    return await prepareDatabase(pglite);
  } finally {
    await closePGlite(pglite);
  }
}

/**
 * Wraps a driver adapter so that the embedded database is opened, migrated and seeded on the
 * first query rather than at import time (`next build` must never touch it).
 */
// Embedded databases to close with the client (PGlite keeps its files locked until closed).
const embeddedInstances = new Set<PGlite>();

function embeddedAdapter(dataDir: string): AdapterFactory {
  let ready: Promise<AdapterFactory> | undefined;
  const init = async (): Promise<AdapterFactory> => {
    const pglite = await openPGlite(dataDir);
    embeddedInstances.add(pglite);
    await prepareDatabase(pglite);
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    return new PrismaPGlite(pglite);
  };
  return {
    provider: "postgres",
    adapterName: "pglite-embedded",
    connect: async () => {
      ready ??= init().catch((error: unknown) => {
        ready = undefined;
        throw error;
      });
      return (await ready).connect();
    },
  };
}

async function postgresAdapter(url: string): Promise<AdapterFactory> {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return new PrismaPg({ connectionString: url, max: env().DATABASE_POOL_MAX });
}

function lazyPostgresAdapter(url: string): AdapterFactory {
  let inner: Promise<AdapterFactory> | undefined;
  return {
    provider: "postgres",
    adapterName: "pg",
    connect: async () => {
      inner ??= postgresAdapter(url);
      return (await inner).connect();
    },
  };
}

export function createDb(options: { onQuery?: (sql: string) => void } = {}): Db {
  const e = env();
  const adapter = e.DATABASE_URL
    ? lazyPostgresAdapter(e.DATABASE_URL)
    : embeddedAdapter(e.DATA_DIR);
  return options.onQuery ? createCountingPrisma(adapter, options.onQuery) : createPrisma(adapter);
}

// One client per process; dev hot reload re-evaluates modules, so it lives on globalThis.
const globalForDb = globalThis as unknown as { __interviewMasterDb?: Db };

function getDb(): Db {
  globalForDb.__interviewMasterDb ??= createDb();
  return globalForDb.__interviewMasterDb;
}

/** Tests: the process's client is `client` from now on (e.g. one made with `onQuery`). */
export function replaceDbForTests(client: Db): void {
  globalForDb.__interviewMasterDb = client;
}

/** Proxy so that `import { db }` stays lazy: nothing connects until a query runs. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function"
      ? (value as (...a: unknown[]) => unknown).bind(client)
      : value;
  },
});

export async function disconnectDb(): Promise<void> {
  const client = globalForDb.__interviewMasterDb;
  globalForDb.__interviewMasterDb = undefined;
  await client?.$disconnect();
  for (const pglite of [...embeddedInstances]) {
    embeddedInstances.delete(pglite);
    await closePGlite(pglite);
  }
}
