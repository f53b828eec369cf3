/**
 * The background evaluation pipeline: exactly one evaluation per answer under concurrent
 * deliveries, recovery after a crash, retries, permanent failure and the user's retry.
 */
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { recoverStaleEvaluations } from "@/lib/evaluations/recover";
import { evaluateAnswerById, MAX_EVALUATION_ATTEMPTS } from "@/lib/evaluations/run-evaluation";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { evaluateAnswer } from "@/lib/ai/evaluate-answer";
import { api, newUser } from "../helpers/api-client";

// The real evaluator behind a mock, so a test can make it fail or count its calls.
jest.mock("@/lib/ai/evaluate-answer", () => {
  const actual = jest.requireActual("@/lib/ai/evaluate-answer");
  return { evaluateAnswer: jest.fn(actual.evaluateAnswer) };
});
const realEvaluate = jest.requireActual("@/lib/ai/evaluate-answer").evaluateAnswer;
const evaluateMock = jest.mocked(evaluateAnswer);

const ANSWER =
  "Threads share the memory of their process, so access to shared data must be synchronised with locks.";

afterEach(() => {
  evaluateMock.mockClear();
  evaluateMock.mockImplementation(realEvaluate);
});
afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

async function submittedAnswer() {
  const user = await newUser();
  const session = await api.post(
    "/api/v1/interviews",
    { role: "Backend Engineer", difficulty: "Easy", question_count: 2, categories: ["Technical"] },
    user.token,
  );
  const qid = session.body.data.first_question.question_id;
  // Hold the background worker back so the test drives the evaluation itself.
  const spy = jest.spyOn(inProcessQueue(), "enqueue").mockReturnValue(true);
  const res = await api.post(
    `/api/v1/interviews/${session.body.data.session_id}/answers`,
    { question_id: qid, answer_text: ANSWER },
    user.token,
  );
  spy.mockRestore();
  expect(res.status).toBe(201);
  return {
    user,
    answerId: res.body.data.answer_id as number,
    sessionId: session.body.data.session_id as number,
  };
}

describe("evaluation pipeline", () => {
  it("evaluates once even when the job is delivered several times at once", async () => {
    const { answerId } = await submittedAnswer();
    await Promise.all([1, 2, 3, 4].map(() => evaluateAnswerById(answerId)));
    const rows = await db.evaluation.findMany({ where: { answerId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "completed", attempts: 1, provider: "builtin" });
    expect(evaluateMock).toHaveBeenCalledTimes(1);
  });

  it("picks up an evaluation whose worker died mid-way (expired lease)", async () => {
    const { answerId } = await submittedAnswer();
    await db.evaluation.update({
      where: { answerId },
      data: { status: "processing", attempts: 1, leaseUntil: new Date(Date.now() - 1000) },
    });
    const recovered = await recoverStaleEvaluations();
    expect(recovered.redispatched).toBeGreaterThanOrEqual(1);
    await inProcessQueue().onIdle();
    expect(await db.evaluation.findUnique({ where: { answerId } })).toMatchObject({
      status: "completed",
      attempts: 2,
    });
  });

  it("does not touch an evaluation another worker holds a live lease on", async () => {
    const { answerId } = await submittedAnswer();
    await db.evaluation.update({
      where: { answerId },
      data: { status: "processing", attempts: 1, leaseUntil: new Date(Date.now() + 60_000) },
    });
    await evaluateAnswerById(answerId);
    expect(await db.evaluation.findUnique({ where: { answerId } })).toMatchObject({
      status: "processing",
      attempts: 1,
    });
  });

  it("retries a failing evaluation, marks it failed after the last attempt, and the user can retry", async () => {
    const { user, answerId } = await submittedAnswer();
    evaluateMock.mockRejectedValue(new Error("provider exploded"));
    for (let attempt = 1; attempt < MAX_EVALUATION_ATTEMPTS; attempt++) {
      await expect(evaluateAnswerById(answerId)).rejects.toThrow("provider exploded");
      expect(await db.evaluation.findUnique({ where: { answerId } })).toMatchObject({
        status: "pending",
        attempts: attempt,
      });
    }
    await evaluateAnswerById(answerId); // last attempt: recorded, not rethrown
    const failed = await api.get(`/api/v1/answers/${answerId}`, user.token);
    expect(failed.body.data).toMatchObject({
      evaluation_status: "failed",
      evaluation: { error: "provider exploded", scores: null },
    });
    // The answer itself is intact.
    expect(failed.body.data.answer_text).toBe(ANSWER);

    evaluateMock.mockImplementation(realEvaluate);
    const retry = await api.post(`/api/v1/answers/${answerId}/retry`, {}, user.token);
    expect(retry.status).toBe(202);
    await inProcessQueue().onIdle();
    const done = await api.get(`/api/v1/answers/${answerId}`, user.token);
    expect(done.body.data.evaluation_status).toBe("completed");
    const again = await api.post(`/api/v1/answers/${answerId}/retry`, {}, user.token);
    expect(again.status).toBe(409);
  });

  it("summarises the session once the last evaluation settles", async () => {
    const { user, sessionId } = await submittedAnswer();
    const details = await api.get(`/api/v1/interviews/${sessionId}`, user.token);
    const next = details.body.data.current_question.question_id;
    await api.post(
      `/api/v1/interviews/${sessionId}/answers`,
      { question_id: next, answer_text: ANSWER },
      user.token,
    );
    // The first answer's evaluation was held back above: the recovery sweep finds it.
    await db.evaluation.updateMany({
      where: { answer: { sessionId }, status: "pending" },
      data: { updatedAt: new Date(Date.now() - 60_000) },
    });
    await recoverStaleEvaluations();
    await inProcessQueue().onIdle();
    const summary = await db.sessionSummary.findUnique({ where: { sessionId } });
    expect(summary).not.toBeNull();
    const res = await api.get(`/api/v1/interviews/${sessionId}/summary`, user.token);
    expect(res.body.data.complete).toBe(true);
  });
});
