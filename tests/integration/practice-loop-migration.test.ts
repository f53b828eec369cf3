/**
 * Migration 20261202200000_practice_loop keeps every answer: on a database at the previous
 * migration with answers, evaluations and a session's links in it, the migration turns each answer
 * into attempt 1 of kind "answer", keeps its evaluation and link, and from then on a second attempt
 * at the same question in the same session is allowed (it was not before), a duplicate is not.
 */
import { applyMigrations, readMigrations, type SqlRunner } from "@/lib/db/migrations";

const MIGRATION = "20261202200000_practice_loop";

let runner: SqlRunner & { close(): Promise<void> };

beforeAll(async () => {
  const { PGlite } = await import("@electric-sql/pglite");
  runner = await PGlite.create();
});
afterAll(() => runner.close());

async function insertSession(): Promise<{ session: number; question: number; answer: number }> {
  const user = await runner.query<{ id: number }>(
    `INSERT INTO users (email, password_hash, name) VALUES ('m@example.com', 'x', 'M') RETURNING id`,
  );
  const question = await runner.query<{ id: number }>(
    `INSERT INTO questions (question_text, category, difficulty, role, expected_answer_points, time_limit_seconds, fingerprint)
     VALUES ('What is a database index?', 'Technical', 'Easy', 'Backend Engineer', '["Speeds up reads"]', 300, 'fp-migration')
     RETURNING id`,
  );
  const session = await runner.query<{ id: number }>(
    `INSERT INTO interview_sessions (user_id, role, difficulty, categories, question_count, status)
     VALUES ($1, 'Backend Engineer', 'Easy', '{Technical}', 1, 'completed') RETURNING id`,
    [user.rows[0]!.id],
  );
  const s = session.rows[0]!.id;
  const q = question.rows[0]!.id;
  const answer = await runner.query<{ id: number }>(
    `INSERT INTO answers (session_id, question_id, answer_text, answer_hash, time_taken)
     VALUES ($1, $2, 'An index speeds up reads.', 'h', 30) RETURNING id`,
    [s, q],
  );
  const a = answer.rows[0]!.id;
  await runner.query(
    `INSERT INTO evaluations (answer_id, status, content_quality, clarity, confidence, technical_accuracy, overall_score, evaluated_at)
     VALUES ($1, 'completed', 40, 45, 40, 45, 42, now())`,
    [a],
  );
  await runner.query(
    `INSERT INTO session_questions (session_id, question_id, display_order, answer_id, status)
     VALUES ($1, $2, 1, $3, 'answered')`,
    [s, q, a],
  );
  return { session: s, question: q, answer: a };
}

const secondAttempt = (s: number, q: number, extra = "") =>
  runner.query(
    `INSERT INTO answers (session_id, question_id, answer_text, answer_hash, time_taken${extra ? ", attempt" : ""})
     VALUES ($1, $2, 'Another try at it.', 'h2', 20${extra ? `, ${extra}` : ""})`,
    [s, q],
  );

it("keeps existing answers as attempt 1 and allows further attempts only after it", async () => {
  const all = await readMigrations();
  const at = all.findIndex((m) => m.name === MIGRATION);
  expect(at).toBeGreaterThan(0);
  await applyMigrations(runner, all.slice(0, at));
  const before = await insertSession();
  // Before: one answer per session and question.
  await expect(secondAttempt(before.session, before.question)).rejects.toThrow();

  const report = await applyMigrations(runner, all);
  expect(report.applied).toContain(MIGRATION);

  const rows = await runner.query<{ id: number; kind: string; attempt: number }>(
    `SELECT id, kind::text, attempt FROM answers`,
  );
  expect(rows.rows).toEqual([{ id: before.answer, kind: "answer", attempt: 1 }]);
  const kept = await runner.query<{ overall_score: number; answer_id: number | null }>(
    `SELECT e.overall_score, sq.answer_id FROM evaluations e JOIN session_questions sq ON sq.answer_id = e.answer_id`,
  );
  expect(kept.rows).toEqual([{ overall_score: 42, answer_id: before.answer }]);
  const origin = await runner.query<{ origin: string }>(
    `SELECT origin::text FROM interview_sessions`,
  );
  expect(origin.rows).toEqual([{ origin: "practice" }]);

  // After: attempt 2 is a new row; a second attempt 1 (or attempt 0) is still refused.
  await secondAttempt(before.session, before.question, "2");
  await expect(secondAttempt(before.session, before.question, "1")).rejects.toThrow();
  await expect(secondAttempt(before.session, before.question, "0")).rejects.toThrow();
  const count = await runner.query<{ n: number }>(`SELECT count(*)::int AS n FROM answers`);
  expect(count.rows[0]!.n).toBe(2);
});
