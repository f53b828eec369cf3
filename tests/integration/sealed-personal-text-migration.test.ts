/**
 * Migration 20261203100000_sealed_personal_text: on a database at the previous migration, an
 * account an administrator had soft-deleted is erased with everything it owned (its audit events
 * anonymised, events about it unlabelled), other accounts' plaintext rows are kept as they are
 * (crypto:rotate seals them later), and the length checks give way to ciphertext only where
 * values are sealed.
 */
import { applyMigrations, readMigrations, type SqlRunner } from "@/lib/db/migrations";

const MIGRATION = "20261203100000_sealed_personal_text";

let runner: SqlRunner & { close(): Promise<void> };

beforeAll(async () => {
  const { PGlite } = await import("@electric-sql/pglite");
  runner = await PGlite.create();
});
afterAll(() => runner.close());

const one = async (sql: string, params: unknown[] = []) =>
  (await runner.query<{ id: number }>(sql, params)).rows[0]!.id;

async function userWithAnswer(email: string, name: string, deleted: boolean) {
  const user = await one(
    `INSERT INTO users (email, password_hash, name, deleted_at) VALUES ($1, 'x', $2, $3) RETURNING id`,
    [email, name, deleted ? new Date() : null],
  );
  const question = await one(
    `INSERT INTO questions (question_text, category, difficulty, role, expected_answer_points, time_limit_seconds, fingerprint)
     VALUES ('What is a database index?', 'Technical', 'Easy', 'Backend Engineer', '["Speeds up reads"]', 300, $1)
     RETURNING id`,
    [`fp-${email}`],
  );
  const session = await one(
    `INSERT INTO interview_sessions (user_id, role, difficulty, categories, question_count, status)
     VALUES ($1, 'Backend Engineer', 'Easy', '{Technical}', 1, 'completed') RETURNING id`,
    [user],
  );
  const answer = await one(
    `INSERT INTO answers (session_id, question_id, answer_text, answer_hash, time_taken)
     VALUES ($1, $2, $3, 'h', 30) RETURNING id`,
    [session, question, `${name} wrote an index speeds up reads.`],
  );
  await runner.query(
    `INSERT INTO job_descriptions (user_id, text, requirements) VALUES ($1, $2, '{}')`,
    [user, `${name} applies here`],
  );
  await runner.query(
    `INSERT INTO audit_logs (event_type, user_id, ip_address, user_agent, event_data)
     VALUES ('auth.login', $1, '203.0.113.9', 'Firefox', '{"email":"x"}')`,
    [user],
  );
  await runner.query(
    `INSERT INTO audit_logs (event_type, event_data)
     VALUES ('admin.user_deleted', jsonb_build_object('target_type', 'user', 'target_id', $1::text, 'target_label', $2::text))`,
    [String(user), email],
  );
  return { user, answer };
}

it("erases soft-deleted accounts, keeps plaintext rows readable, and admits ciphertext", async () => {
  const all = await readMigrations();
  const at = all.findIndex((m) => m.name === MIGRATION);
  expect(at).toBeGreaterThan(0);
  await applyMigrations(runner, all.slice(0, at));
  const gone = await userWithAnswer("gone@example.com", "Gone Person", true);
  const kept = await userWithAnswer("kept@example.com", "Kept Person", false);

  const report = await applyMigrations(runner, all);
  expect(report.applied).toContain(MIGRATION);

  const users = await runner.query<{ id: number; name: string }>(`SELECT id, name FROM users`);
  expect(users.rows).toEqual([{ id: kept.user, name: "Kept Person" }]);
  const answers = await runner.query<{ id: number }>(`SELECT id FROM answers`);
  expect(answers.rows).toEqual([{ id: kept.answer }]);
  expect(answers.rows).not.toContainEqual({ id: gone.answer });
  const everything = await runner.query<{ dump: string }>(
    `SELECT (SELECT json_agg(t) FROM job_descriptions t)::text || (SELECT json_agg(t) FROM audit_logs t)::text AS dump`,
  );
  expect(everything.rows[0]!.dump).not.toContain("Gone Person");
  expect(everything.rows[0]!.dump).not.toContain("gone@example.com");
  expect(everything.rows[0]!.dump).toContain("Kept Person");
  // The erased account's own events keep the event and its time only.
  const events = await runner.query<Record<string, unknown>>(
    `SELECT user_id, ip_address, user_agent, event_data FROM audit_logs WHERE event_type = 'auth.login' ORDER BY id`,
  );
  expect(events.rows).toEqual([
    { user_id: null, ip_address: null, user_agent: null, event_data: {} },
    {
      user_id: kept.user,
      ip_address: "203.0.113.9",
      user_agent: "Firefox",
      event_data: { email: "x" },
    },
  ]);

  // Ciphertext (longer than any text limit) fits where values are sealed; shared questions keep
  // their length check.
  const long = `v1.k1.${"A".repeat(16)}.${"B".repeat(30_000)}`;
  await runner.query(`UPDATE answers SET answer_text = $1`, [long]);
  await runner.query(`UPDATE users SET name = $1`, [long]);
  await expect(
    runner.query(
      `UPDATE questions SET question_text = $1 WHERE fingerprint = 'fp-kept@example.com'`,
      [long],
    ),
  ).rejects.toThrow();
  await runner.query(
    `UPDATE questions SET question_text = $1, source = 'personal' WHERE fingerprint = 'fp-kept@example.com'`,
    [long],
  );
});
