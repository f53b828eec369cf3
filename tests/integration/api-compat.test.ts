/**
 * The smaller design's contract (/api/auth/register|login, /api/interviews, /api/answers,
 * /api/answers/{id}/status, /api/reports/{id}) end to end: its field names in and out, over the
 * same services, tokens and rules as /api/v1, in the same envelope and errors.
 */
import fc from "fast-check";
import { closeCache } from "@/lib/cache";
import { disconnectDb } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import {
  compatAnswerStatusSchema,
  compatInterviewListSchema,
  compatInterviewResponseSchema,
  compatRegisterResponseSchema,
  compatReportSchema,
  compatSubmitResponseSchema,
  compatTokenResponseSchema,
} from "@/lib/validations/compat";
import { api, call, newUser, STRONG_PASSWORD } from "../helpers/api-client";

// The fuzz below sends a few hundred requests as one user: the per-minute limit is not under test.
process.env.RATE_LIMIT_PER_MINUTE = "100000";
resetEnvForTests();

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

let n = 0;
const email = () => `compat${Date.now()}${process.pid}${n++}@example.com`;

const GOOD_ANSWER =
  "A process is an independent program with its own memory space, while threads live inside a " +
  "process and share its memory, which makes them cheaper to create and switch between. Because " +
  "threads share data they need locks or other synchronisation to avoid race conditions.";

async function compatUser() {
  const address = email();
  const reg = await api.post("/api/auth/register", {
    username: "Compat User",
    email: address,
    password: STRONG_PASSWORD,
  });
  expect(reg.status).toBe(201);
  const login = await api.post("/api/auth/login", { username: address, password: STRONG_PASSWORD });
  expect(login.status).toBe(200);
  return { id: reg.body.data.user_id as number, token: login.body.data.access_token as string };
}

describe("smaller spec's contract", () => {
  it("registers and logs in with its field names, beside next-auth's routes", async () => {
    const address = email();
    const reg = await api.post("/api/auth/register", {
      username: "Ada",
      email: address,
      password: STRONG_PASSWORD,
    });
    expect(reg.status).toBe(201);
    expect(reg.body).toMatchObject({
      success: true,
      data: { user_id: expect.any(Number), message: expect.any(String) },
    });
    // Every answer matches the schema the OpenAPI document publishes for it.
    compatRegisterResponseSchema.parse(reg.body.data);

    const login = await api.post("/api/auth/login", {
      username: address,
      password: STRONG_PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(login.body.data).toMatchObject({
      access_token: expect.any(String),
      token_type: "bearer",
    });
    compatTokenResponseSchema.parse(login.body.data);
    // The same account and token as /api/v1.
    const me = await api.get("/api/v1/users/me", login.body.data.access_token);
    expect(me.body.data).toMatchObject({ email: address, name: "Ada" });

    const again = await api.post("/api/auth/register", {
      username: "Ada",
      email: address,
      password: STRONG_PASSWORD,
    });
    expect(again.status).toBe(409);
  });

  it("names its own fields in validation errors", async () => {
    const reg = await api.post("/api/auth/register", { email: "nope", password: "short" });
    expect(reg.status).toBe(422);
    expect(reg.body.error.code).toBe("VALIDATION_ERROR");
    expect(Object.keys(reg.body.error.details)).toEqual(
      expect.arrayContaining(["username", "email", "password"]),
    );
    const login = await api.post("/api/auth/login", { password: "x" });
    expect(login.status).toBe(422);
    expect(login.body.error.details).toHaveProperty("username");
    const wrong = await api.post("/api/auth/login", { username: email(), password: "Wr0ng!pass" });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ success: false, error: { code: "AUTHENTICATION_ERROR" } });
  });

  it("runs an interview: create, list, answer, status with evidence-backed scores, report", async () => {
    const user = await compatUser();
    const created = await api.post(
      "/api/interviews",
      { role: "Software Engineer", num_questions: 3 },
      user.token,
    );
    expect(created.status).toBe(201);
    compatInterviewResponseSchema.parse(created.body.data);
    const interview = created.body.data;
    expect(interview).toMatchObject({
      interview_id: expect.any(Number),
      role: "Software Engineer",
    });
    expect(interview.questions).toHaveLength(3);
    expect(interview.questions.map((q: { question_order: number }) => q.question_order)).toEqual([
      1, 2, 3,
    ]);
    const first = interview.questions[0];
    expect(first.question_text.length).toBeGreaterThanOrEqual(10);

    const list = await api.get("/api/interviews", user.token);
    expect(list.status).toBe(200);
    compatInterviewListSchema.parse(list.body.data);
    expect(list.body.data.interviews).toEqual([
      expect.objectContaining({ id: interview.interview_id, role: "Software Engineer" }),
    ]);

    const submitted = await api.post(
      "/api/answers",
      { interview_id: interview.interview_id, question_id: first.id, answer_text: GOOD_ANSWER },
      user.token,
    );
    expect(submitted.status).toBe(201);
    expect(submitted.body.data).toMatchObject({
      answer_id: expect.any(Number),
      status: "submitted",
    });
    compatSubmitResponseSchema.parse(submitted.body.data);
    const answerId = submitted.body.data.answer_id;

    await inProcessQueue().onIdle();
    const status = await api.get(`/api/answers/${answerId}/status`, user.token);
    expect(status.status).toBe(200);
    expect(status.body.data).toMatchObject({ answer_id: answerId, evaluation_status: "completed" });
    compatAnswerStatusSchema.parse(status.body.data);
    const evaluation = status.body.data.evaluation;
    for (const key of ["correctness", "completeness", "quality", "communication"]) {
      expect(evaluation.scores[key]).toBeGreaterThanOrEqual(0);
      expect(evaluation.scores[key]).toBeLessThanOrEqual(10);
    }
    expect(typeof evaluation.feedback).toBe("string");
    expect(Array.isArray(evaluation.suggestions)).toBe(true);
    expect(evaluation.evidence.length).toBeGreaterThan(0);
    // The same answer through /api/v1: scores are ours ÷ 10.
    const v1 = await api.get(`/api/v1/answers/${answerId}`, user.token);
    expect(evaluation.scores.correctness).toBeCloseTo(
      v1.body.data.evaluation.scores.technical_accuracy / 10,
      5,
    );

    const report = await api.get(`/api/reports/${interview.interview_id}`, user.token);
    expect(report.status).toBe(200);
    compatReportSchema.parse(report.body.data);
    expect(report.body.data).toMatchObject({
      interview_id: interview.interview_id,
      role: "Software Engineer",
    });
    expect(report.body.data.questions[0]).toMatchObject({
      question_id: first.id,
      question_text: first.question_text,
      answer: { id: answerId, answer_text: GOOD_ANSWER, evaluation: { scores: evaluation.scores } },
    });
    expect(report.body.data.questions[1].answer).toBeNull();
  });

  it("keeps the same rules: bounds, bad input, ownership and missing tokens", async () => {
    const owner = await compatUser();
    const other = await newUser();
    const tooMany = await api.post(
      "/api/interviews",
      { role: "Engineer", num_questions: 11 },
      owner.token,
    );
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.details).toHaveProperty("num_questions");

    const created = await api.post(
      "/api/interviews",
      { role: "Data Engineer", num_questions: 2 },
      owner.token,
    );
    const { interview_id, questions } = created.body.data;
    const short = await api.post(
      "/api/answers",
      { interview_id, question_id: questions[0].id, answer_text: "too short" },
      owner.token,
    );
    expect(short.status).toBe(422);
    expect(short.body.error.details).toHaveProperty("answer_text");

    const stolen = await api.post(
      "/api/answers",
      { interview_id, question_id: questions[0].id, answer_text: GOOD_ANSWER },
      other.token,
    );
    expect(stolen.status).toBe(404);
    expect((await api.get(`/api/reports/${interview_id}`, other.token)).status).toBe(404);

    const mine = await api.post(
      "/api/answers",
      { interview_id, question_id: questions[0].id, answer_text: GOOD_ANSWER },
      owner.token,
    );
    expect(mine.status).toBe(201);
    const foreign = await api.get(`/api/answers/${mine.body.data.answer_id}/status`, other.token);
    expect(foreign.status).toBe(404);
    expect((await api.get(`/api/answers/abc/status`, owner.token)).status).toBe(404);

    for (const [method, url] of [
      ["GET", "/api/interviews"],
      ["POST", "/api/answers"],
      ["GET", `/api/answers/1/status`],
      ["GET", `/api/reports/1`],
    ] as const) {
      const res = await call(method, url, { body: method === "POST" ? {} : undefined });
      expect({ url, status: res.status }).toEqual({ url, status: 401 });
      expect(res.body).toMatchObject({ success: false, error: { code: "AUTHENTICATION_ERROR" } });
    }
    await inProcessQueue().onIdle();
  });

  it("answers unsupported methods with 405 in the envelope", async () => {
    const res = await call("GET", "/api/auth/login");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    expect(res.body).toMatchObject({ success: false, error: { code: "METHOD_NOT_ALLOWED" } });
    const del = await call("DELETE", "/api/reports/1");
    expect(del.status).toBe(405);
    expect(del.headers.get("allow")).toBe("GET");
  });
});

describe("smaller spec's contract under fuzzed input", () => {
  const FUZZ_RUNS = 100;
  const value = fc.oneof(
    fc.string(),
    fc.integer({ min: -5, max: 15 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 3 }),
  );

  async function neverFails(url: string, body: unknown, token?: string, raw?: string) {
    const res = await call(
      "POST",
      url,
      raw === undefined
        ? { body, token }
        : { rawBody: raw, token, headers: { "content-type": "application/json" } },
    );
    expect(res.status).toBeLessThan(500);
    expect(typeof res.body.success).toBe("boolean");
    if (!res.body.success) expect(res.body.error.code).toEqual(expect.any(String));
    return res;
  }

  it("never answers 5xx, always the envelope (register, login, interviews, answers)", async () => {
    const user = await compatUser();
    const created = await api.post(
      "/api/interviews",
      { role: "Backend Engineer", num_questions: 2 },
      user.token,
    );
    const target = created.body.data;
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            username: value,
            email: fc.oneof(value, fc.emailAddress()),
            password: fc.oneof(value, fc.constant(STRONG_PASSWORD)),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          await neverFails("/api/auth/register", body);
          await neverFails("/api/auth/login", body);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({ role: value, num_questions: value }, { requiredKeys: [] }),
        fc.record(
          {
            interview_id: fc.oneof(value, fc.constant(target.interview_id)),
            question_id: fc.oneof(value, fc.constant(target.questions[0].id)),
            answer_text: fc.oneof(value, fc.lorem({ maxCount: 40 })),
          },
          { requiredKeys: [] },
        ),
        fc.string(),
        async (interview, answer, raw) => {
          await neverFails("/api/interviews", interview, user.token);
          await neverFails("/api/answers", answer, user.token);
          await neverFails("/api/answers", undefined, user.token, raw);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
    await inProcessQueue().onIdle();
  });
});
