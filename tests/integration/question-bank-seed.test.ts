/**
 * Seeding the question bank (content-hash upsert): idempotent, and an edited, added or removed
 * question reaches an existing database — edited rows updated in place, new ones inserted,
 * removed ones retired (never deleted) and never selected again. The seeding cases run in a
 * database of their own: in-memory PGlite, or a new PostgreSQL database when the run targets
 * PostgreSQL.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { applyMigrations, readMigrations, type SqlRunner } from "@/lib/db/migrations";
import { questionFingerprint } from "@/lib/questions/fingerprint";
import { questionBank } from "@/lib/questions/bank/load";
import { seedQuestionBank } from "@/lib/questions/bank/seed";
import type { BankQuestion } from "@/lib/questions/bank/schema";
import { selectQuestions } from "@/lib/questions/select-questions";
import { storeQuestions } from "@/lib/questions/store-questions";
import { fixtureQuestion } from "../helpers/bank-fixtures";

const onPostgres = process.env.TEST_BACKEND === "postgres";

interface TestDatabase {
  runner: SqlRunner;
  close: () => Promise<void>;
}

async function openPGlite(): Promise<TestDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = await PGlite.create();
  return { runner: pglite, close: () => pglite.close() };
}

async function openPostgres(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL!;
  const name = `im_seed_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    runner: {
      exec: (sql) => client.query(sql),
      query: async <T>(sql: string, params?: unknown[]) => ({
        rows: (await client.query(sql, params)).rows as T[],
      }),
    },
    close: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** A migrated, empty database of this file's own. */
async function freshDatabase(): Promise<TestDatabase> {
  const database = onPostgres ? await openPostgres() : await openPGlite();
  await applyMigrations(database.runner, await readMigrations());
  return database;
}

interface Row {
  id: number;
  bank_key: string | null;
  question_text: string;
  expected_answer_points: string[];
  source: string;
  fingerprint: string;
  skills: string[];
  model_answer: string | null;
  model_answer_covers: number[];
  retired: boolean;
}

const rowsOf = async (runner: SqlRunner): Promise<Row[]> =>
  (
    await runner.query<Row>(
      `SELECT id, bank_key, question_text, expected_answer_points, source::text AS source,
              fingerprint, skills, model_answer, model_answer_covers, retired_at IS NOT NULL AS retired
       FROM questions ORDER BY id`,
    )
  ).rows;

const ROLE = "Backend Engineer";
const counts = (inserted: number, updated: number, retired: number, unchanged: number) => ({
  inserted,
  updated,
  retired,
  unchanged,
});
const bankA: BankQuestion[] = Array.from({ length: 6 }, (_, n) => fixtureQuestion(ROLE, n));
const answer = Array.from({ length: 95 }, (_, i) => `claim${i}`).join(" ");

// Starting PGlite (WebAssembly) takes tens of seconds on a busy machine.
const STARTUP_MS = 180_000;

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
}, STARTUP_MS);
// Every case starts from an empty bank table.
beforeEach(() => database.runner.exec(`TRUNCATE "questions" RESTART IDENTITY CASCADE`));
afterAll(async () => {
  await database.close();
  await disconnectDb();
  await closeCache();
});

describe("seeding the question bank", () => {
  it("fills a fresh database, then changes nothing on the next runs", async () => {
    const { runner } = database;
    expect(await seedQuestionBank(runner, bankA)).toEqual(counts(6, 0, 0, 0));
    const first = await rowsOf(runner);
    for (let run = 0; run < 2; run++) {
      expect(await seedQuestionBank(runner, bankA)).toEqual(counts(0, 0, 0, 6));
    }
    expect(await rowsOf(runner)).toEqual(first);
    expect(first.map((r) => r.bank_key)).toEqual(bankA.map((q) => q.key));
    expect(first.every((r) => r.source === "bank" && !r.retired)).toBe(true);
    expect(first[0]!.fingerprint).toBe(questionFingerprint(ROLE, bankA[0]!.text));
  });

  it("updates an edited question in place, inserts an added one, retires a removed one", async () => {
    const { runner } = database;
    await seedQuestionBank(runner, bankA);
    const before = await rowsOf(runner);
    const edited = {
      ...bankA[1]!,
      text: "An edited wording of the second fixture question?",
      points: [...bankA[1]!.points, "A fourth expected claim added on edit"],
      skills: ["kubernetes", "go"],
      modelAnswer: answer,
      modelAnswerCovers: [0, 3],
    };
    const added = fixtureQuestion(ROLE, 40);
    const bankB = [bankA[0]!, edited, ...bankA.slice(3), added]; // bankA[2] removed
    expect(await seedQuestionBank(runner, bankB)).toEqual(counts(1, 1, 1, 4));
    const after = await rowsOf(runner);
    const row = (key: string) => after.find((r) => r.bank_key === key)!;
    expect(row(edited.key)).toMatchObject({
      id: before[1]!.id,
      question_text: edited.text,
      expected_answer_points: edited.points,
      fingerprint: questionFingerprint(ROLE, edited.text),
      skills: ["kubernetes", "go"],
      model_answer: answer,
      model_answer_covers: [0, 3],
      retired: false,
    });
    expect(row(bankA[2]!.key)).toMatchObject({ id: before[2]!.id, retired: true });
    expect(row(added.key).retired).toBe(false);
    expect(after).toHaveLength(7);
    expect(await seedQuestionBank(runner, bankB)).toMatchObject({ unchanged: 6, retired: 0 });

    // Put back, the removed question is the same row again, active.
    expect(await seedQuestionBank(runner, [...bankB, bankA[2]!])).toEqual(counts(0, 1, 0, 6));
    expect((await rowsOf(runner)).find((r) => r.id === before[2]!.id)?.retired).toBe(false);
  });

  it("counts a change of the model answer alone as an edit", async () => {
    const { runner } = database;
    await seedQuestionBank(runner, bankA);
    const withAnswer = bankA.map((q, i) =>
      i === 0 ? { ...q, modelAnswer: answer, modelAnswerCovers: [1] } : q,
    );
    expect(await seedQuestionBank(runner, withAnswer)).toMatchObject({ updated: 1, unchanged: 5 });
  });

  it("adopts the rows of a database seeded before keys existed, and questions generated with a bank text", async () => {
    const { runner } = database;
    const legacy = [...bankA.slice(0, 4), fixtureQuestion(ROLE, 30)];
    for (const [i, q] of legacy.entries()) {
      await runner.query(
        `INSERT INTO questions (question_text, category, difficulty, role, expected_answer_points,
           time_limit_seconds, source, fingerprint)
         VALUES ($1, $2::"QuestionCategory", $3::"Difficulty", $4, $5::jsonb, $6, $7::"QuestionSource", $8)`,
        [
          q.text,
          q.category,
          q.difficulty,
          q.role,
          JSON.stringify(q.points),
          q.timeLimitSeconds,
          i === 3 ? "ai" : "bank",
          questionFingerprint(q.role, q.text.toUpperCase()),
        ],
      );
    }
    const before = await rowsOf(runner);
    expect(await seedQuestionBank(runner, bankA)).toEqual(counts(2, 4, 1, 0));
    const after = await rowsOf(runner);
    expect(after).toHaveLength(7);
    expect(after.slice(0, 4).map((r) => [r.id, r.bank_key, r.source])).toEqual(
      before.slice(0, 4).map((r, i) => [r.id, bankA[i]!.key, "bank"]),
    );
    expect(after[4]).toMatchObject({ bank_key: null, retired: true });
  });

  it("moves texts and keys between rows without tripping the unique indexes", async () => {
    const { runner } = database;
    await seedQuestionBank(runner, bankA);
    const [a, b, ...rest] = bankA;
    const swapped = [
      { ...a!, text: b!.text },
      { ...b!, text: a!.text },
      ...rest.map((q) => ({ ...q, key: `${q.key}-renamed` })),
    ];
    const report = await seedQuestionBank(runner, swapped);
    expect(report.inserted + report.updated + report.unchanged).toBe(6);
    expect(report.retired).toBe(0);
    const rows = await rowsOf(runner);
    expect(rows).toHaveLength(6);
    for (const q of swapped) {
      const row = rows.find((r) => r.bank_key === q.key);
      expect(row?.fingerprint).toBe(questionFingerprint(ROLE, q.text));
    }
    expect(await seedQuestionBank(runner, swapped)).toMatchObject({ unchanged: 6 });
  });

  it("seeds the real bank once and then leaves it alone", async () => {
    const { runner } = database;
    const { questions } = questionBank();
    expect(await seedQuestionBank(runner, questions)).toMatchObject({ inserted: questions.length });
    expect(await seedQuestionBank(runner, questions)).toEqual(counts(0, 0, 0, questions.length));
  });
});

describe("selection after a question is retired", () => {
  it(
    "never picks a retired question, even from a pool cached before it was retired",
    async () => {
      const role = `Retirement Probe ${randomBytes(3).toString("hex")}`;
      const drafts = Array.from({ length: 6 }, (_, n) => ({
        questionText: `Retirement check question ${n} for ${role}?`,
        category: "Technical" as const,
        difficulty: "Easy" as const,
        role,
        expectedAnswerPoints: [
          "First claim of the check",
          "Second claim of the check",
          "Third claim here",
        ],
        timeLimitSeconds: 180,
      }));
      const stored = await storeQuestions(drafts, "ai");
      const input = {
        role,
        difficulty: "Easy" as const,
        question_count: 3,
        categories: ["Technical" as const],
      };
      // Caches the pool with all six.
      expect(await selectQuestions(900_001, input, 1)).toHaveLength(3);
      const retired = stored.slice(0, 3).map((q) => q.id);
      await db.question.updateMany({
        where: { id: { in: retired } },
        data: { retiredAt: new Date() },
      });
      for (let seed = 1; seed <= 8; seed++) {
        const picked = await selectQuestions(900_001, input, seed);
        expect(picked).toHaveLength(3);
        expect(picked.filter((q) => retired.includes(q.id))).toEqual([]);
      }
      // A provider writing a retired text again does not bring it back.
      expect(await storeQuestions([drafts[0]!], "ai")).toEqual([]);
    },
    STARTUP_MS,
  );
});

const describeEmbedded = onPostgres ? describe.skip : describe;
describeEmbedded("npm run db:seed", () => {
  it(
    "seeds a new embedded database, then reports everything unchanged",
    () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), "im-seed-"));
      try {
        const run = () =>
          spawnSync("npx", ["--no-install", "tsx", "scripts/db-seed.ts"], {
            env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
            encoding: "utf8",
          });
        const n = questionBank().questions.length;
        const first = run();
        expect(first.status).toBe(0);
        expect(first.stdout).toContain(`inserted=${n} updated=0 retired=0 unchanged=0`);
        const second = run();
        expect(second.status).toBe(0);
        expect(second.stdout).toContain(`inserted=0 updated=0 retired=0 unchanged=${n}`);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    2 * STARTUP_MS,
  );
});
