/**
 * The Inngest side: the durable functions run the same service bodies (tested with
 * @inngest/test), and `emit` sends to Inngest when configured, falling back to in-process work
 * when Inngest cannot be reached.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { InngestTestEngine } from "@inngest/test";
import { NextRequest } from "next/server";
import { GET } from "@/app/api/inngest/route";
import { functions } from "@/inngest";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { api, newUser } from "../helpers/api-client";

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

async function pendingAnswer() {
  const user = await newUser();
  const created = await api.post(
    "/api/v1/interviews",
    { role: "QA Engineer", difficulty: "Easy", question_count: 1, categories: ["Technical"] },
    user.token,
  );
  const { session_id, first_question } = created.body.data;
  const spy = jest.spyOn(inProcessQueue(), "enqueue").mockReturnValue(true);
  const res = await api.post(
    `/api/v1/interviews/${session_id}/answers`,
    {
      question_id: first_question.question_id,
      answer_text:
        "Unit tests check one function in isolation; integration tests check that components work together.",
    },
    user.token,
  );
  spy.mockRestore();
  return { answerId: res.body.data.answer_id as number, sessionId: session_id as number };
}

describe("Inngest functions", () => {
  it("evaluate-answer runs the evaluation step for interview/answer.submitted", async () => {
    const { eventFunctions } = await import("@/inngest/functions/event-functions");
    const { answerId } = await pendingAnswer();
    const t = new InngestTestEngine({ function: eventFunctions["interview/answer.submitted"] });
    const { result } = await t.execute({
      events: [{ name: "interview/answer.submitted", data: { answer_id: answerId } }],
    });
    expect(result).toEqual({ answer_id: answerId });
    expect(await db.evaluation.findUnique({ where: { answerId } })).toMatchObject({
      status: "completed",
    });
  });

  it("run-agent runs a queued study-plan agent for agent/run.requested, offline", async () => {
    const { eventFunctions } = await import("@/inngest/functions/event-functions");
    const user = await newUser();
    // Queued but not run in process: the durable function is what runs it here.
    const spy = jest.spyOn(inProcessQueue(), "enqueue").mockReturnValue(true);
    const queued = await api.post("/api/v1/agents/study-plan", { days: 5 }, user.token);
    spy.mockRestore();
    expect(queued.status).toBe(202);
    const executionId = queued.body.data.execution_id as number;
    expect(queued.body.data.status).toBe("queued");
    const t = new InngestTestEngine({ function: eventFunctions["agent/run.requested"] });
    await t.execute({
      events: [{ name: "agent/run.requested", data: { execution_id: executionId } }],
    });
    const run = await api.get(`/api/v1/agents/executions/${executionId}`, user.token);
    expect(run.body.data).toMatchObject({ status: "completed", provider: "builtin" });
    const plan = await api.get("/api/v1/agents/study-plan", user.token);
    expect(plan.status).toBe(200);
  });

  it("finalize-session writes the summary for interview/session.completed", async () => {
    const { eventFunctions } = await import("@/inngest/functions/event-functions");
    const { evaluateAnswerById } = await import("@/lib/evaluations/run-evaluation");
    const { answerId, sessionId } = await pendingAnswer();
    const spy = jest.spyOn(inProcessQueue(), "enqueue").mockReturnValue(true);
    await evaluateAnswerById(answerId);
    spy.mockRestore();
    expect(await db.sessionSummary.findUnique({ where: { sessionId } })).toBeNull();
    const t = new InngestTestEngine({ function: eventFunctions["interview/session.completed"] });
    await t.execute({
      events: [{ name: "interview/session.completed", data: { session_id: sessionId } }],
    });
    const summary = await db.sessionSummary.findUnique({ where: { sessionId } });
    expect(summary?.overallSessionScore).toBeGreaterThanOrEqual(0);
  });
});

describe("emit", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetEnvForTests();
  });

  it("sends the event to Inngest when configured", async () => {
    const received: { url: string; body: string }[] = [];
    const server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ url: req.url ?? "", body });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ ids: ["evt_1"], status: 200 }));
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    try {
      process.env.INNGEST_EVENT_KEY = "test-key";
      process.env.INNGEST_BASE_URL = `http://127.0.0.1:${port}`;
      resetEnvForTests();
      jest.resetModules();
      const { emit } = await import("@/lib/jobs/emit");
      const queue = (await import("@/lib/jobs/in-process-queue")).inProcessQueue();
      const enqueue = jest.spyOn(queue, "enqueue");
      await emit("interview/answer.submitted", { answer_id: 42 });
      expect(received).toHaveLength(1);
      expect(received[0]!.url).toContain("/e/test-key");
      expect(JSON.parse(received[0]!.body)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: "interview/answer.submitted",
            data: { answer_id: 42 },
          }),
        ]),
      );
      expect(enqueue).not.toHaveBeenCalled();
    } finally {
      server.close();
    }
  });

  it("runs the work in-process when Inngest cannot be reached", async () => {
    process.env.INNGEST_EVENT_KEY = "test-key";
    // A port that was just free: nothing listens there.
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    process.env.INNGEST_BASE_URL = `http://127.0.0.1:${port}`;
    resetEnvForTests();
    jest.resetModules();
    const { emit } = await import("@/lib/jobs/emit");
    const queue = (await import("@/lib/jobs/in-process-queue")).inProcessQueue();
    const enqueue = jest.spyOn(queue, "enqueue").mockReturnValue(true);
    await emit("interview/answer.submitted", { answer_id: 7 });
    expect(enqueue).toHaveBeenCalledWith(
      "interview/answer.submitted",
      expect.any(Function),
      expect.objectContaining({ key: expect.stringContaining("7") }),
    );
  });
});

describe("/api/inngest", () => {
  const get = async () => {
    const res = await GET(new NextRequest("http://localhost/api/inngest"), {
      params: Promise.resolve({}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  afterEach(() => {
    delete process.env.INNGEST_DEV;
    resetEnvForTests();
  });

  it("answers 404 in the API envelope when Inngest is not configured (not the SDK's 500)", async () => {
    const { status, body } = await get();
    expect(status).toBe(404);
    expect(body.success).toBe(false);
    expect(body.error.code).toBe("NOT_FOUND");
  });

  it("serves every durable function to Inngest when it is configured", async () => {
    process.env.INNGEST_DEV = "1";
    resetEnvForTests();
    const { status, body } = await get();
    expect(status).toBe(200);
    expect(body.function_count).toBe(functions.length);
  });
});
