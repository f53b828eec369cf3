import type { SqlRunner } from "@/lib/db/migrations";
import { applyBankEdits, loadBankEdits } from "./edits";
import { questionBank } from "./load";
import { planSeed, toSeedRow, type ExistingRow, type SeedRow } from "./seed-plan";
import type { BankQuestion } from "./schema";

export interface SeedReport {
  inserted: number;
  updated: number;
  retired: number;
  unchanged: number;
}

const BATCH = 200;

// The rows travel as one JSON parameter: the same SQL on node-postgres and PGlite, any batch size.
const RECORD = `jsonb_to_recordset($1::jsonb) AS x(
  id int, key text, role text, category text, difficulty text, text text, points jsonb,
  "timeLimitSeconds" int, skills jsonb, "modelAnswer" text, "modelAnswerCovers" jsonb,
  fingerprint text, "contentHash" text)`;

const COLUMNS = {
  question_text: "x.text",
  category: `x.category::"QuestionCategory"`,
  difficulty: `x.difficulty::"Difficulty"`,
  role: "x.role",
  expected_answer_points: "x.points",
  time_limit_seconds: `x."timeLimitSeconds"`,
  source: `'bank'::"QuestionSource"`,
  fingerprint: "x.fingerprint",
  bank_key: "x.key",
  content_hash: `x."contentHash"`,
  skills: `ARRAY(SELECT e FROM jsonb_array_elements_text(x.skills) WITH ORDINALITY AS t(e, n) ORDER BY n)`,
  model_answer: `x."modelAnswer"`,
  model_answer_covers: `ARRAY(SELECT e::int FROM jsonb_array_elements_text(x."modelAnswerCovers") WITH ORDINALITY AS t(e, n) ORDER BY n)`,
  retired_at: "NULL",
  cached_at: "NULL",
} as const;

const INSERT = `INSERT INTO "questions" (${Object.keys(COLUMNS)
  .map((c) => `"${c}"`)
  .join(", ")}) SELECT ${Object.values(COLUMNS).join(", ")} FROM ${RECORD}`;

const UPDATE = `UPDATE "questions" q SET ${Object.entries(COLUMNS)
  .map(([c, v]) => `"${c}" = ${v}`)
  .join(", ")} FROM ${RECORD} WHERE q."id" = x.id`;

const ids = (list: readonly number[]) => JSON.stringify(list);
const inIds = `(SELECT jsonb_array_elements_text($1::jsonb)::int)`;

async function inBatches<T>(items: readonly T[], run: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += BATCH) await run(items.slice(i, i + BATCH));
}

async function existingRows(runner: SqlRunner, rows: readonly SeedRow[]): Promise<ExistingRow[]> {
  const { rows: found } = await runner.query<ExistingRow>(
    `SELECT "id", "bank_key" AS "bankKey", "content_hash" AS "contentHash", "fingerprint",
            "source"::text AS "source", "retired_at" IS NOT NULL AS "retired"
     FROM "questions"
     WHERE "bank_key" IS NOT NULL OR "source" = 'bank'
        OR "fingerprint" IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(rows.map((r) => r.fingerprint))],
  );
  return found;
}

/**
 * Makes `questions` match the bank, with administrators' edits (question_bank_edits) applied
 * over the files: new questions inserted, edited ones (same key, new content hash) updated in
 * place, removed or retired ones retired. Idempotent; one transaction, so a failure leaves the
 * table as it was. The caller serialises concurrent runs (PostgreSQL: the migration lock; the
 * admin edit: its transaction's lock on the edits table).
 */
export async function seedQuestionBank(
  runner: SqlRunner,
  questions: readonly BankQuestion[] = questionBank().questions,
  options: { inTransaction?: boolean } = {},
): Promise<SeedReport> {
  const rows = applyBankEdits(questions, await loadBankEdits(runner)).map(toSeedRow);
  const plan = planSeed(rows, await existingRows(runner, rows));
  const report: SeedReport = {
    inserted: plan.insert.length,
    updated: plan.update.length,
    retired: plan.retire.length,
    unchanged: plan.unchanged,
  };
  const updated = plan.update.map((u) => u.id);
  if (updated.length + plan.insert.length + plan.retire.length === 0) return report;

  // Inside a caller's transaction (the admin edit) the caller commits or rolls back.
  const own = !options.inTransaction;
  if (own) await runner.exec("BEGIN");
  try {
    // Free the keys and texts that move between rows first, so no unique index sees them twice.
    await inBatches(plan.release, (batch) =>
      runner.query(`UPDATE "questions" SET "bank_key" = NULL WHERE "id" IN ${inIds}`, [ids(batch)]),
    );
    await inBatches(updated, (batch) =>
      runner.query(
        `UPDATE "questions" SET "bank_key" = NULL, "fingerprint" = 'seed:' || "id" WHERE "id" IN ${inIds}`,
        [ids(batch)],
      ),
    );
    await inBatches(plan.update, (batch) =>
      runner.query(UPDATE, [JSON.stringify(batch.map((u) => ({ ...u.row, id: u.id })))]),
    );
    await inBatches(plan.insert, (batch) => runner.query(INSERT, [JSON.stringify(batch)]));
    await inBatches(plan.retire, (batch) =>
      runner.query(`UPDATE "questions" SET "retired_at" = now() WHERE "id" IN ${inIds}`, [
        ids(batch),
      ]),
    );
    if (own) await runner.exec("COMMIT");
  } catch (error) {
    if (own) await runner.exec("ROLLBACK");
    throw error;
  }
  return report;
}
