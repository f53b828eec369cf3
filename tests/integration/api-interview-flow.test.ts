/**
 * The core loop over the REST API: create a session, fetch questions, save drafts, submit answers
 * (evaluated in the background), skip, and read the summary — with ownership and bad input.
 */
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { invalidateSessionCache } from "@/lib/interviews/session-cache";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { api, newUser } from "../helpers/api-client";

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

const GOOD_ANSWER =
  "A process is an independent program with its own memory space, while threads live inside a " +
  "process and share its memory, which makes them cheaper to create and switch between. Because " +
  "threads share data they need locks or other synchronisation to avoid race conditions.";

async function startSession(token: string, body: Record<string, unknown> = {}) {
  const res = await api.post(
    "/api/v1/interviews",
    {
      role: "Software Engineer",
      difficulty: "Medium",
      question_count: 3,
      categories: ["Technical", "Behavioral"],
      ...body,
    },
    token,
  );
  expect(res.status).toBe(201);
  return res.body.data;
}

describe("interview loop over the API", () => {
  it("runs a whole session: questions, drafts, answers, background evaluation, summary", async () => {
    const user = await newUser();
    const session = await startSession(user.token);
    expect(session).toMatchObject({
      role: "Software Engineer",
      difficulty: "Medium",
      status: "in_progress",
      first_question: { question_number: 1, total_questions: 3 },
    });
    const first = session.first_question;
    expect(first.question_text.length).toBeGreaterThanOrEqual(10);
    expect(["Technical", "Behavioral"]).toContain(first.category);
    expect(first.time_limit_seconds).toBeGreaterThanOrEqual(120);

    // Drafts survive a "reload" (a fresh GET of the question).
    const draft = await api.put(
      `/api/v1/interviews/${session.session_id}/drafts`,
      { question_id: first.question_id, draft_text: "My draft so far" },
      user.token,
    );
    expect(draft.status).toBe(200);
    const q1 = await api.get(
      `/api/v1/interviews/${session.session_id}/questions/${first.question_id}`,
      user.token,
    );
    expect(q1.status).toBe(200);
    expect(q1.body.data).toMatchObject({
      draft_text: "My draft so far",
      status: "pending",
      question_number: 1,
    });
    expect(q1.body.data.remaining_seconds).toBeLessThanOrEqual(first.time_limit_seconds);

    // Questions come one at a time: the second is locked until the first is answered.
    const details = await api.get(`/api/v1/interviews/${session.session_id}`, user.token);
    const second = details.body.data.questions[1];
    expect(second.question_text).toBeNull();
    const early = await api.get(
      `/api/v1/interviews/${session.session_id}/questions/${second.question_id}`,
      user.token,
    );
    expect(early.status).toBe(409);
    const earlyAnswer = await api.post(
      `/api/v1/interviews/${session.session_id}/answers`,
      { question_id: second.question_id, answer_text: GOOD_ANSWER },
      user.token,
    );
    expect(earlyAnswer.status).toBe(409);
    // A locked question takes no draft either: the next question always starts without one.
    const earlyDraft = await api.put(
      `/api/v1/interviews/${session.session_id}/drafts`,
      { question_id: second.question_id, draft_text: "Thinking ahead" },
      user.token,
    );
    expect(earlyDraft.status).toBe(409);

    const a1 = await api.post(
      `/api/v1/interviews/${session.session_id}/answers`,
      { question_id: first.question_id, answer_text: GOOD_ANSWER },
      user.token,
    );
    expect(a1.status).toBe(201);
    expect(a1.body.data).toMatchObject({
      session_id: session.session_id,
      question_id: first.question_id,
      evaluation_status: "pending",
      next_question: { question_id: second.question_id, question_number: 2, total_questions: 3 },
    });
    // The draft is gone once the answer is in; answering again is a conflict.
    expect(await db.answerDraft.count({ where: { sessionId: session.session_id } })).toBe(0);
    const again = await api.post(
      `/api/v1/interviews/${session.session_id}/answers`,
      { question_id: first.question_id, answer_text: GOOD_ANSWER },
      user.token,
    );
    expect(again.status).toBe(409);

    const skipped = await api.post(
      `/api/v1/interviews/${session.session_id}/questions/${second.question_id}/skip`,
      {},
      user.token,
    );
    expect(skipped.status).toBe(200);
    const third = skipped.body.data.next_question;
    expect(third.question_number).toBe(3);

    const last = await api.post(
      `/api/v1/interviews/${session.session_id}/answers`,
      {
        question_id: third.question_id,
        answer_text:
          "I would start by clarifying the requirements with stakeholders, then break the work into milestones and review progress weekly.",
      },
      user.token,
    );
    expect(last.status).toBe(201);
    expect(last.body.data).toMatchObject({ next_question: null, session_status: "completed" });

    await inProcessQueue().onIdle();

    const answer = await api.get(`/api/v1/answers/${a1.body.data.answer_id}`, user.token);
    expect(answer.status).toBe(200);
    expect(answer.body.data.evaluation_status).toBe("completed");
    const evaluation = answer.body.data.evaluation;
    const s = evaluation.scores;
    expect(s.overall_score).toBe(
      Math.round(
        0.4 * s.content_quality + 0.2 * s.clarity + 0.2 * s.confidence + 0.2 * s.technical_accuracy,
      ),
    );
    expect(evaluation.evidence.length).toBeGreaterThanOrEqual(3);
    for (const e of evaluation.evidence.filter((x: any) => x.covered)) {
      expect(GOOD_ANSWER.slice(e.start, e.end)).toBe(e.quote);
    }

    const summary = await api.get(`/api/v1/interviews/${session.session_id}/summary`, user.token);
    expect(summary.status).toBe(200);
    const data = summary.body.data;
    expect(data).toMatchObject({ complete: true, status: "completed", evaluations_pending: 0 });
    const scores = data.questions.map((q: any) =>
      q.status === "skipped" ? 0 : q.evaluation.scores.overall_score,
    );
    expect(data.overall_session_score).toBe(
      Math.round(scores.reduce((a: number, b: number) => a + b, 0) / 3),
    );
    expect(data.questions[0].evaluation.feedback.example_answer.length).toBeGreaterThan(20);
    expect(Object.keys(data.category_performance).length).toBeGreaterThan(0);
    expect(Array.isArray(data.strengths)).toBe(true);

    const list = await api.get("/api/v1/interviews", user.token);
    expect(list.body.data[0]).toMatchObject({
      session_id: session.session_id,
      status: "completed",
      overall_session_score: data.overall_session_score,
    });
    expect(list.body.meta.pagination).toMatchObject({ page: 1, total: 1 });
  });

  it("never repeats a question within a session, even for 20 questions of one category", async () => {
    const user = await newUser();
    const session = await startSession(user.token, {
      question_count: 20,
      categories: ["System_Design"],
      difficulty: "Expert",
      role: "Product Manager",
    });
    const details = await api.get(`/api/v1/interviews/${session.session_id}`, user.token);
    const ids = details.body.data.questions.map((q: any) => q.question_id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    expect(details.body.data.questions.every((q: any) => q.category === "System_Design")).toBe(
      true,
    );
  });

  it("validates input: 422 with field details", async () => {
    const user = await newUser();
    const bad = await api.post(
      "/api/v1/interviews",
      { role: "", difficulty: "Impossible", question_count: 21, categories: [] },
      user.token,
    );
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.details).sort()).toEqual([
      "categories",
      "difficulty",
      "question_count",
      "role",
    ]);
    const session = await startSession(user.token);
    const qid = session.first_question.question_id;
    for (const text of ["too short", "x".repeat(5001), "          padded   "]) {
      const res = await api.post(
        `/api/v1/interviews/${session.session_id}/answers`,
        { question_id: qid, answer_text: text },
        user.token,
      );
      expect(res.status).toBe(422);
      expect(res.body.error.details.answer_text).toBeDefined();
    }
    const nulls = await api.post(
      `/api/v1/interviews/${session.session_id}/answers`,
      { question_id: qid, answer_text: "\u0000".repeat(12) },
      user.token,
    );
    expect(nulls.status).toBe(422);
    const draft = await api.put(
      `/api/v1/interviews/${session.session_id}/drafts`,
      { question_id: qid, draft_text: "half\u0000 done" },
      user.token,
    );
    expect(draft.status).toBe(200);
    const max = await api.post(
      `/api/v1/interviews/${session.session_id}/answers`,
      { question_id: qid, answer_text: `\u0000${"y".repeat(5000)}\u0000` },
      user.token,
    );
    expect(max.status).toBe(201);
    const stored = await api.get(`/api/v1/answers/${max.body.data.answer_id}`, user.token);
    expect(stored.body.data.answer_text).toBe("y".repeat(5000));
  });

  it("hides other users' sessions, questions and answers (404), and unknown ids", async () => {
    const owner = await newUser();
    const intruder = await newUser();
    const session = await startSession(owner.token);
    const qid = session.first_question.question_id;
    const answered = await api.post(
      `/api/v1/interviews/${session.session_id}/answers`,
      { question_id: qid, answer_text: GOOD_ANSWER },
      owner.token,
    );
    const sid = session.session_id;
    const aid = answered.body.data.answer_id;
    const probes = [
      api.get(`/api/v1/interviews/${sid}`, intruder.token),
      api.get(`/api/v1/interviews/${sid}/questions/${qid}`, intruder.token),
      api.get(`/api/v1/interviews/${sid}/summary`, intruder.token),
      api.post(
        `/api/v1/interviews/${sid}/answers`,
        { question_id: answered.body.data.next_question.question_id, answer_text: GOOD_ANSWER },
        intruder.token,
      ),
      api.put(
        `/api/v1/interviews/${sid}/drafts`,
        { question_id: qid, draft_text: "x" },
        intruder.token,
      ),
      api.get(`/api/v1/answers/${aid}`, intruder.token),
      api.get(`/api/v1/interviews/999999999`, owner.token),
      api.get(`/api/v1/interviews/abc`, owner.token),
      api.get(`/api/v1/answers/0`, owner.token),
      api.get(`/api/v1/interviews/${sid}/questions/123456789`, owner.token),
    ];
    for (const res of await Promise.all(probes)) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
    }
    const list = await api.get("/api/v1/interviews", intruder.token);
    expect(list.body.data).toEqual([]);
    await inProcessQueue().onIdle();
  });

  it("stores the answer even when concurrent duplicate submissions race (one 201, one 409)", async () => {
    const user = await newUser();
    const session = await startSession(user.token);
    const qid = session.first_question.question_id;
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        api.post(
          `/api/v1/interviews/${session.session_id}/answers`,
          { question_id: qid, answer_text: GOOD_ANSWER },
          user.token,
        ),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await db.answer.count({ where: { sessionId: session.session_id } })).toBe(1);
    expect(
      await db.evaluation.count({ where: { answer: { sessionId: session.session_id } } }),
    ).toBe(1);
    await inProcessQueue().onIdle();
  });
});

describe("time limits", () => {
  const skip = (token: string, sessionId: number, questionId: number) =>
    api.post(`/api/v1/interviews/${sessionId}/questions/${questionId}/skip`, {}, token);

  it("untimed practice: no clock on any question, and a late skip is still a skip", async () => {
    const user = await newUser();
    const session = await startSession(user.token, { question_count: 2, time_limit_seconds: 0 });
    expect(session.time_limit_seconds).toBe(0);
    expect(session.first_question.time_limit_seconds).toBeNull();
    const view = await api.get(`/api/v1/interviews/${session.session_id}`, user.token);
    expect(view.body.data.current_question).toMatchObject({
      time_limit_seconds: null,
      remaining_seconds: null,
    });
    // An hour later: untimed questions never time out.
    await db.sessionQuestion.updateMany({
      where: { sessionId: session.session_id },
      data: { questionDisplayedAt: new Date(Date.now() - 3_600_000) },
    });
    await invalidateSessionCache(session.session_id);
    const skipped = await skip(user.token, session.session_id, session.first_question.question_id);
    expect(skipped.body.data).toMatchObject({ status: "skipped", timed_out: false });
    expect(skipped.body.data.next_question.time_limit_seconds).toBeNull();
  });

  it("one chosen limit for every question; a skip after it ran out is recorded as timed out", async () => {
    const user = await newUser();
    const session = await startSession(user.token, { question_count: 2, time_limit_seconds: 120 });
    const first = session.first_question;
    expect(first.time_limit_seconds).toBe(120);
    // A skip well within the limit is the candidate's choice.
    const early = await skip(user.token, session.session_id, first.question_id);
    expect(early.body.data.timed_out).toBe(false);
    const second = early.body.data.next_question;
    expect(second.time_limit_seconds).toBe(120);
    // The clock of the second question started 2 min 5 s ago: its time ran out.
    await db.sessionQuestion.updateMany({
      where: { sessionId: session.session_id, questionId: second.question_id },
      data: { questionDisplayedAt: new Date(Date.now() - 125_000) },
    });
    await invalidateSessionCache(session.session_id);
    const late = await skip(user.token, session.session_id, second.question_id);
    expect(late.body.data).toMatchObject({ timed_out: true, session_status: "completed" });

    const summary = await api.get(`/api/v1/interviews/${session.session_id}/summary`, user.token);
    const questions = summary.body.data.questions as { status: string; timed_out: boolean }[];
    expect(questions.map((q) => [q.status, q.timed_out])).toEqual([
      ["skipped", false],
      ["skipped", true],
    ]);
    expect(summary.body.data.improvements.join(" ")).toMatch(/1 question ran out of time/);
  });

  it("refuses a limit outside the choices (422 with the field)", async () => {
    const user = await newUser();
    for (const bad of [30, 5000, -1, "soon"]) {
      const res = await api.post(
        "/api/v1/interviews",
        {
          role: "Software Engineer",
          difficulty: "Medium",
          question_count: 1,
          categories: ["Technical"],
          time_limit_seconds: bad,
        },
        user.token,
      );
      expect(res.status).toBe(422);
      expect(JSON.stringify(res.body)).toMatch(/time_limit_seconds/);
    }
  });
});
