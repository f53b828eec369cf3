/**
 * The practice loop with an LLM provider configured: the provider words the follow-up question
 * (the scoring point stays ours), a failing provider falls back to the built-in question, and a
 * question without a model answer gets one written after the first attempt (never before), with
 * the points it covers checked against the question's list.
 */
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { configureOffline, configureProviders } from "../helpers/ai-providers";
import { api, newUser } from "../helpers/api-client";
import { startFakeLlmServer, type FakeLlmServer } from "../helpers/fake-llm-server";

let fake: FakeLlmServer;
// Bank questions are shared with other test files on PostgreSQL: their model answers are put back.
const restore: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await inProcessQueue().onIdle();
  for (const undo of restore.splice(0)) await undo();
});

beforeAll(async () => {
  fake = await startFakeLlmServer();
});
beforeEach(() => configureProviders(fake, ["groq"]));
// The first test pays for the embedded database and the evaluator's language models (slow under
// load); the work itself is short.
jest.setTimeout(180_000);

afterAll(async () => {
  await configureOffline();
  await fake.close();
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

const WEAK = "Honestly I am not sure, I would probably look it up when I need it in practice.";

/** A one-question session whose question has no model answer yet, answered and evaluated. */
async function answeredWithoutModelAnswer(token: string) {
  const start = await api.post(
    "/api/v1/interviews",
    {
      role: "Backend Engineer",
      difficulty: "Medium",
      question_count: 1,
      categories: ["Technical"],
    },
    token,
  );
  expect(start.status).toBe(201);
  const sessionId: number = start.body.data.session_id;
  const questionId: number = start.body.data.first_question.question_id;
  const original = await db.question.findUniqueOrThrow({ where: { id: questionId } });
  restore.push(() =>
    db.question.update({
      where: { id: questionId },
      data: { modelAnswer: original.modelAnswer, modelAnswerCovers: original.modelAnswerCovers },
    }),
  );
  await db.question.update({
    where: { id: questionId },
    data: { modelAnswer: null, modelAnswerCovers: [] },
  });
  const before = await api.get(`/api/v1/interviews/${sessionId}/summary`, token);
  expect(before.body.data.questions[0].model_answer).toBeNull();
  const submitted = await api.post(
    `/api/v1/interviews/${sessionId}/answers`,
    { question_id: questionId, answer_text: WEAK },
    token,
  );
  expect(submitted.status).toBe(201);
  await inProcessQueue().onIdle();
  return { sessionId, questionId, answerId: submitted.body.data.answer_id as number };
}

describe("practice loop with a provider", () => {
  it("writes a model answer after the first attempt and words the follow-up", async () => {
    const user = await newUser();
    const { sessionId, questionId, answerId } = await answeredWithoutModelAnswer(user.token);

    const question = await db.question.findUniqueOrThrow({ where: { id: questionId } });
    expect(question.modelAnswer).toMatch(/^Fake model answer/);
    const points = question.expectedAnswerPoints as string[];
    // The out-of-range index the provider sent is dropped.
    expect(question.modelAnswerCovers).toEqual(points.map((_, i) => i));
    expect(fake.callsTo("groq", "model_answer")).toHaveLength(1);
    const summary = (await api.get(`/api/v1/interviews/${sessionId}/summary`, user.token)).body
      .data;
    expect(summary.questions[0].model_answer.text).toBe(question.modelAnswer);
    expect(summary.questions[0].model_answer.points.every((p: any) => p.covered)).toBe(true);

    const offered = await api.post(`/api/v1/answers/${answerId}/follow-up`, {}, user.token);
    expect(offered.status).toBe(201);
    expect(offered.body.data.provider).toBe("groq");
    expect(offered.body.data.prompt).toMatch(/^Interviewer follow-up: walk me through /);
    expect(points).toContain(offered.body.data.point);
    // The answer and the point went to the provider inside the data block.
    const call = fake.callsTo("groq", "follow_up_question")[0]!;
    expect(call.prompt).toContain(WEAK);
  });

  it("falls back to the built-in follow-up when the provider fails", async () => {
    const user = await newUser();
    const { answerId } = await answeredWithoutModelAnswer(user.token);
    fake.setMode("groq", "server_error");
    const offered = await api.post(`/api/v1/answers/${answerId}/follow-up`, {}, user.token);
    expect(offered.status).toBe(201);
    expect(offered.body.data.provider).toBe("builtin");
    expect(offered.body.data.prompt.length).toBeGreaterThan(40);
    expect(fake.callsTo("groq", "follow_up_question").length).toBeGreaterThanOrEqual(1);
  });
});
