/**
 * Personal free text at rest (spec property 21): names, drafts, answers and follow-ups written
 * through the services are ciphertext in their columns, read back as text everywhere (API,
 * evaluator, export, admin search on the blind index); crypto:rotate moves them to a new key and
 * seals rows stored before encryption; an administrator's deletion erases like the user's own.
 */
import { createHash } from "node:crypto";
import { setUserRole } from "@/lib/admin/roles";
import { answerHash } from "@/lib/answers/answer-hash";
import { generateKeyMaterial } from "@/lib/crypto";
import { nameIndex } from "@/lib/crypto/personal-columns";
import { dataDirSecret } from "@/lib/data-dir-secret";
import { db } from "@/lib/db/client";
import { sharedRedisClient } from "@/lib/cache";
import { env, resetEnvForTests } from "@/lib/env";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { rotatePersonalText } from "@/lib/privacy/rotate-personal-text";
import { api, newUser } from "../helpers/api-client";
import { closeApp } from "../helpers/close-app";

jest.setTimeout(180_000);

afterAll(closeApp);

const tag = () => `Qx${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** The stored row as JSON text (no decryption), for plaintext checks. */
async function rawRow(table: string, id: number): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ row: string }[]>(
    `SELECT row_to_json(t)::text AS row FROM "${table}" t WHERE id = $1`,
    id,
  );
  return rows[0]!.row;
}

/** A JSON column sealed as `{ sealed }` in a row_to_json text (jsonb prints a space after ":"). */
const sealedJson = (column: string, keyId?: string) =>
  new RegExp(`"${column}":\\{"sealed": ?"v1\\.${keyId ? `${keyId}\\.` : ""}`);

const SESSION = { role: "Software Engineer", difficulty: "Medium", question_count: 3 };

/** A session with a draft saved for its first question, and an answer covering its points. */
async function answeredSession(token: string, marker: string) {
  const created = await api.post(
    "/api/v1/interviews",
    { ...SESSION, categories: ["Technical"] },
    token,
  );
  expect(created.status).toBe(201);
  const sessionId = created.body.data.session_id as number;
  const questionId = created.body.data.first_question.question_id as number;
  const draft = await api.put(
    `/api/v1/interviews/${sessionId}/drafts`,
    { question_id: questionId, draft_text: `${marker} draft about threads` },
    token,
  );
  expect(draft.status).toBe(200);
  // An answer that covers the question's own points, so the evaluator quotes it.
  const question = await db.question.findUniqueOrThrow({ where: { id: questionId } });
  const points = question.expectedAnswerPoints as string[];
  const answerText = `${marker} says: ${points.join(". ")}. That avoids race conditions.`;
  return { sessionId, questionId, answerText };
}

describe("personal free text at rest", () => {
  it("names, drafts and answers are ciphertext in their columns and text everywhere they are read", async () => {
    const marker = tag();
    const user = await newUser(`Zelda ${marker} Quill`);
    const userRow = await rawRow("users", user.id);
    expect(userRow).not.toContain(marker);
    expect(userRow).toContain('"name":"v1.');
    expect((await api.get("/api/v1/users/me", user.token)).body.data.name).toBe(
      `Zelda ${marker} Quill`,
    );

    const { sessionId, questionId, answerText } = await answeredSession(user.token, marker);
    const [draft] = await db.$queryRaw<{ draft_text: string }[]>`
      SELECT draft_text FROM answer_drafts WHERE session_id = ${sessionId}`;
    expect(draft!.draft_text).toMatch(/^v1\./);
    expect(draft!.draft_text).not.toContain(marker);
    const shown = await api.get(
      `/api/v1/interviews/${sessionId}/questions/${questionId}`,
      user.token,
    );
    expect(shown.body.data.draft_text).toBe(`${marker} draft about threads`);

    const submitted = await api.post(
      `/api/v1/interviews/${sessionId}/answers`,
      { question_id: questionId, answer_text: answerText },
      user.token,
    );
    expect(submitted.status).toBe(201);
    const answerId = submitted.body.data.answer_id as number;
    await inProcessQueue().onIdle();
    const answerRow = await rawRow("answers", answerId);
    expect(answerRow).not.toContain(marker);
    expect(answerRow).not.toContain("race conditions");
    expect(answerRow).toContain('"answer_text":"v1.');

    // The evaluator read the text: its quoted evidence comes from the answer as written.
    const read = await api.get(`/api/v1/answers/${answerId}`, user.token);
    expect(read.status).toBe(200);
    expect(read.body.data.answer_text).toBe(answerText);
    expect(read.body.data.evaluation.status).toBe("completed");
    type Evidence = { quote: string | null; start: number | null; end: number | null };
    const covered = (read.body.data.evaluation.evidence as Evidence[]).filter((e) => e.quote);
    expect(covered.length).toBeGreaterThan(0);
    for (const e of covered) expect(answerText.slice(e.start!, e.end!)).toBe(e.quote);

    // The evaluation quotes the answer, so its feedback and evidence are sealed too.
    const evaluation = await db.evaluation.findUniqueOrThrow({ where: { answerId } });
    const evaluationRow = await rawRow("evaluations", evaluation.id);
    expect(evaluationRow).toMatch(sealedJson("evidence"));
    expect(evaluationRow).toMatch(sealedJson("strengths"));
    expect(evaluationRow).toContain('"example_answer":"v1.');
    for (const e of covered) expect(evaluationRow).not.toContain(e.quote);
    const feedback = read.body.data.evaluation.feedback as Record<string, string[]>;
    for (const line of [...feedback.strengths!, ...feedback.improvements!])
      expect(evaluationRow).not.toContain(line);
    // The stored answer hash is keyed: not the plain SHA-256 anyone could compute from a guess.
    const normalised = answerText.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
    const plain = createHash("sha256").update(normalised).digest("hex");
    expect(JSON.parse(answerRow).answer_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(answerRow).not.toContain(plain);

    // The session's summary repeats the best answer's strengths: sealed, and read as text.
    const completed = await api.post(`/api/v1/interviews/${sessionId}/complete`, {}, user.token);
    expect(completed.status).toBe(200);
    await inProcessQueue().onIdle();
    const summary = await db.sessionSummary.findUniqueOrThrow({ where: { sessionId } });
    const summaryRow = await rawRow("session_summaries", summary.id);
    expect(summaryRow).toMatch(sealedJson("strengths"));
    expect(summaryRow).toMatch(sealedJson("improvements"));
    const shownSummary = await api.get(`/api/v1/interviews/${sessionId}/summary`, user.token);
    expect(shownSummary.status).toBe(200);
    const lines = [
      ...(shownSummary.body.data.strengths as string[]),
      ...(shownSummary.body.data.improvements as string[]),
    ];
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(summaryRow).not.toContain(line);

    // Redis, when set, holds the cached session (which quotes the answer) only as ciphertext.
    const redis = sharedRedisClient();
    if (redis) {
      expect((await api.get(`/api/v1/interviews/${sessionId}`, user.token)).status).toBe(200);
      const prefix = env().CACHE_PREFIX;
      const cachedSession = await redis.get(`${prefix}session:${sessionId}`);
      expect(cachedSession).toMatch(/^v1\./);
      const keys = await redis.keys(`${prefix}*`);
      for (const key of keys) {
        if ((await redis.type(key)) !== "string") continue;
        expect(await redis.get(key)).not.toContain(marker);
      }
    }

    // The export carries the text, not the ciphertext.
    const { GET } = await import("@/app/api/v1/users/me/export/route");
    const { NextRequest } = await import("next/server");
    const response = await GET(
      new NextRequest("http://localhost/api/v1/users/me/export", {
        headers: { authorization: `Bearer ${user.token}` },
      }),
      { params: Promise.resolve({}) },
    );
    const exported = await response.text();
    expect(exported).toContain(answerText.slice(0, 60));
    expect(exported).toContain(`Zelda ${marker} Quill`);
    expect(exported).not.toMatch(/"v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}\./);
  });

  it("admin search finds a sealed name by a word or the whole name, in any case", async () => {
    const marker = tag();
    const admin = await newUser("Search Admin");
    await setUserRole(
      { email: admin.email },
      { actorId: null, role: "admin", via: "cli", context: {} },
    );
    const target = await newUser(`Orla ${marker}`);
    const ids = async (q: string) => {
      const res = await api.get(
        `/api/v1/admin/users?q=${encodeURIComponent(q)}&page_size=100`,
        admin.token,
      );
      expect(res.status).toBe(200);
      return (res.body.data as { id: number; name: string }[]).map((u) => u.id);
    };
    expect(await ids(marker.toUpperCase())).toEqual([target.id]);
    expect(await ids(`  orla   ${marker} `)).toEqual([target.id]);
    expect(await ids(marker.slice(0, 5))).not.toContain(target.id);
    expect(await ids(target.email)).toEqual([target.id]);
  });

  it("crypto:rotate seals rows stored before encryption and moves sealed ones to the new key", async () => {
    const marker = tag();
    const user = await newUser(`Rota ${marker}`);
    const { sessionId, questionId, answerText } = await answeredSession(user.token, marker);
    await api.post(
      `/api/v1/interviews/${sessionId}/answers`,
      { question_id: questionId, answer_text: answerText },
      user.token,
    );
    await inProcessQueue().onIdle();
    const [answer] = await db.$queryRaw<{ id: number }[]>`
      SELECT id FROM answers WHERE session_id = ${sessionId}`;
    // A row from before encryption: plaintext in the column, still readable as it is.
    await db.$executeRaw`UPDATE users SET name = ${`Legacy ${marker}`} WHERE id = ${user.id}`;
    // An evaluation and an answer hash from before: plain feedback, and the unkeyed SHA-256.
    const legacyStrengths = JSON.stringify([`Legacy strength ${marker}`]);
    await db.$executeRaw`
      UPDATE evaluations SET strengths = ${legacyStrengths}::jsonb WHERE answer_id = ${answer!.id}`;
    await db.$executeRaw`UPDATE answers SET answer_hash = ${"0".repeat(64)} WHERE id = ${answer!.id}`;
    expect(
      (await db.evaluation.findUniqueOrThrow({ where: { answerId: answer!.id } })).strengths,
    ).toEqual([`Legacy strength ${marker}`]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(
      `Legacy ${marker}`,
    );

    // A new current key, on the embedded database only: PostgreSQL runs share their database with
    // other files running at the same time, which must keep reading their rows (there rotation
    // only seals the legacy row, as every other value is already on the current key).
    const configured = process.env.ENCRYPTION_KEYS;
    const moveKeys = !process.env.DATABASE_URL;
    try {
      if (moveKeys) {
        const current = dataDirSecret("encryption-keys", "ENCRYPTION_KEYS", () => {
          throw new Error("the embedded run's key exists once a user was registered");
        });
        process.env.ENCRYPTION_KEYS = `next:${generateKeyMaterial()},${configured ?? current}`;
        resetEnvForTests();
      }
      const report = await rotatePersonalText();
      expect(report.failed).toBe(0);
      expect(report.tables.users).toBeGreaterThanOrEqual(1);
      const userRow = await rawRow("users", user.id);
      expect(userRow).not.toContain(marker);
      const rotated = await db.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(rotated.name).toBe(`Legacy ${marker}`);
      // The blind index was rebuilt with the row: the name is found under the current key.
      expect(rotated.nameIndex).toEqual(nameIndex(`Legacy ${marker}`));
      const answerRow = await rawRow("answers", answer!.id);
      if (moveKeys) expect(answerRow).toContain('"answer_text":"v1.next.');
      expect((await db.answer.findUniqueOrThrow({ where: { id: answer!.id } })).answerText).toBe(
        answerText,
      );
      const evaluation = await db.evaluation.findUniqueOrThrow({ where: { answerId: answer!.id } });
      const evaluationRow = await rawRow("evaluations", evaluation.id);
      expect(evaluationRow).not.toContain(marker);
      expect(evaluationRow).toMatch(sealedJson("evidence", moveKeys ? "next" : undefined));
      expect(evaluation.strengths).toEqual([`Legacy strength ${marker}`]);
      expect(JSON.parse(answerRow).answer_hash).toBe(answerHash(answerText));
      expect(JSON.parse(answerRow).answer_hash).not.toBe("0".repeat(64));
      // Idempotent: a second run has nothing of this user's left to do.
      await rotatePersonalText();
      expect(await rawRow("users", user.id)).toBe(userRow);
    } finally {
      if (configured === undefined) delete process.env.ENCRYPTION_KEYS;
      else process.env.ENCRYPTION_KEYS = configured;
      resetEnvForTests();
    }
  });
});
