import { QUESTION_BANK } from "@/lib/ai/offline/bank";
import { questionFingerprint } from "@/lib/questions/fingerprint";
import type { SqlRunner } from "./migrations";

const BATCH = 100;

/**
 * Inserts the built-in bank into `questions`, skipping what is already there (by fingerprint),
 * so it is safe on every start and on every instance at once. Returns the rows inserted.
 */
export async function seedQuestionBank(runner: SqlRunner): Promise<number> {
  const { rows } = await runner.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "questions" WHERE "source" = 'bank'`,
  );
  if ((rows[0]?.n ?? 0) >= QUESTION_BANK.length) return 0;

  let inserted = 0;
  for (let offset = 0; offset < QUESTION_BANK.length; offset += BATCH) {
    const batch = QUESTION_BANK.slice(offset, offset + BATCH);
    const params: unknown[] = [];
    const tuples = batch.map((q) => {
      params.push(
        q.text,
        q.category,
        q.difficulty,
        q.role,
        JSON.stringify(q.points),
        q.timeLimitSeconds,
        questionFingerprint(q.role, q.text),
      );
      const n = params.length;
      return `($${n - 6}, $${n - 5}::"QuestionCategory", $${n - 4}::"Difficulty", $${n - 3}, $${n - 2}::jsonb, $${n - 1}, 'bank', $${n})`;
    });
    const result = await runner.query<{ id: number }>(
      `INSERT INTO "questions" ("question_text", "category", "difficulty", "role", "expected_answer_points", "time_limit_seconds", "source", "fingerprint")
       VALUES ${tuples.join(", ")}
       ON CONFLICT ("fingerprint") DO NOTHING
       RETURNING "id"`,
      params,
    );
    inserted += result.rows.length;
  }
  return inserted;
}
