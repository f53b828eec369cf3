/**
 * The practice loop over the REST API, offline: a follow-up on an evaluated answer (probing its
 * weakest missed point, scored by the same pipeline, a separate summary line), retries after the
 * session's end compared attempt by attempt, the model answer only after an attempt, and the
 * review queue (weak questions scheduled, due count, a session from the queue alone, a good
 * answer pushing the next review further).
 */
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { followUpTopic } from "@/lib/follow-ups/focus";
import { REVIEW_INTERVAL_DAYS } from "@/lib/review/schedule";
import { api, newUser } from "../helpers/api-client";

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

const DAY_MS = 86_400_000;
const WEAK = "I am not really sure about this one, I think it depends on the situation mostly.";

/** A session of one bank question with a model answer, answered with `text` and evaluated. */
async function answeredSession(token: string, text: string) {
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
  const question = start.body.data.first_question;
  // Never before an attempt: the question carries no model answer or expected points.
  expect(JSON.stringify(start.body.data)).not.toMatch(/model_answer|expected/);
  const submitted = await api.post(
    `/api/v1/interviews/${sessionId}/answers`,
    { question_id: question.question_id, answer_text: text },
    token,
  );
  expect(submitted.status).toBe(201);
  await inProcessQueue().onIdle();
  return {
    sessionId,
    questionId: question.question_id as number,
    answerId: submitted.body.data.answer_id as number,
  };
}

/** A strong answer built from the question's own model answer (the bank's reference). */
async function modelAnswerOf(questionId: number): Promise<string> {
  const q = await db.question.findUniqueOrThrow({ where: { id: questionId } });
  expect(q.modelAnswer).toBeTruthy();
  return q.modelAnswer!;
}

describe("practice loop over the API", () => {
  it("follow-up: probes the weakest missed point, is scored like an answer, and is its own summary line", async () => {
    const user = await newUser();
    const { sessionId, answerId } = await answeredSession(user.token, WEAK);
    const parent = (await api.get(`/api/v1/answers/${answerId}`, user.token)).body.data;
    expect(parent.evaluation_status).toBe("completed");
    const missed = parent.evaluation.evidence.filter((e: any) => !e.covered);
    expect(missed.length).toBeGreaterThan(0);
    const weakest = Math.min(...missed.map((e: any) => e.score));

    const offered = await api.post(`/api/v1/answers/${answerId}/follow-up`, {}, user.token);
    expect(offered.status).toBe(201);
    const f = offered.body.data;
    expect(f).toMatchObject({ kind: "missed_point", provider: "builtin", answer: null });
    const probed = parent.evaluation.evidence.find((e: any) => e.point === f.point);
    expect(probed.covered).toBe(false);
    expect(probed.score).toBe(weakest);
    // It names the point's topic but never quotes the statement it is scored against.
    expect(f.prompt).toContain(followUpTopic(f.point));
    expect(f.prompt).not.toContain(f.point.replace(/[.;:!?]+$/, ""));
    // One follow-up per attempt: asking again returns the same one.
    const again = await api.post(`/api/v1/answers/${answerId}/follow-up`, {}, user.token);
    expect(again.status).toBe(200);
    expect(again.body.data.follow_up_id).toBe(f.follow_up_id);

    const bad = await api.post(
      `/api/v1/follow-ups/${f.follow_up_id}/answer`,
      { answer_text: "short" },
      user.token,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.answer_text).toBeDefined();
    const other = await newUser("Someone Else");
    const foreign = await api.post(
      `/api/v1/follow-ups/${f.follow_up_id}/answer`,
      { answer_text: "An answer from another account entirely." },
      other.token,
    );
    expect(foreign.status).toBe(404);

    const reply = `${f.point} In practice this matters because it changes how the system behaves under load; for example, we measured it on our order service and adjusted the design accordingly.`;
    const answered = await api.post(
      `/api/v1/follow-ups/${f.follow_up_id}/answer`,
      { answer_text: reply, time_taken: 75 },
      user.token,
    );
    expect(answered.status).toBe(201);
    expect(answered.body.data.answer).toMatchObject({ evaluation_status: "pending" });
    const twice = await api.post(
      `/api/v1/follow-ups/${f.follow_up_id}/answer`,
      { answer_text: reply },
      user.token,
    );
    expect(twice.status).toBe(409);
    await inProcessQueue().onIdle();

    const done = (await api.get(`/api/v1/follow-ups/${f.follow_up_id}`, user.token)).body.data;
    expect(done.answer.evaluation_status).toBe("completed");
    // Scored against the probed point only.
    expect(done.answer.evaluation.evidence.map((e: any) => e.point)).toEqual([f.point]);
    const followScore = done.answer.evaluation.scores.overall_score;

    const summary = (await api.get(`/api/v1/interviews/${sessionId}/summary`, user.token)).body
      .data;
    expect(summary.follow_ups).toEqual({
      taken: 1,
      answered: 1,
      evaluated: 1,
      average_score: followScore,
    });
    // The session's own score is still the interview's answer alone.
    expect(summary.overall_session_score).toBe(parent.evaluation.scores.overall_score);
    expect(summary.questions[0].attempts[0].follow_up.answer.answer_id).toBe(done.answer.answer_id);
    // A follow-up answer has no follow-up of its own.
    const nested = await api.post(
      `/api/v1/answers/${done.answer.answer_id}/follow-up`,
      {},
      user.token,
    );
    expect(nested.status).toBe(409);
  });

  it("retry and compare: both attempts kept, score change per criterion, newly covered points, model answer after the attempt", async () => {
    const user = await newUser();
    const { sessionId, questionId, answerId } = await answeredSession(user.token, WEAK);
    const strong = await modelAnswerOf(questionId);

    const summaryBefore = (await api.get(`/api/v1/interviews/${sessionId}/summary`, user.token))
      .body.data;
    const q = summaryBefore.questions[0];
    expect(q.can_retry).toBe(true);
    expect(q.model_answer.text).toBe(strong);
    expect(q.model_answer.points.some((p: any) => p.covered)).toBe(true);

    const retried = await api.post(
      `/api/v1/interviews/${sessionId}/questions/${questionId}/attempts`,
      { answer_text: strong, time_taken: 120 },
      user.token,
    );
    expect(retried.status).toBe(201);
    expect(retried.body.data).toMatchObject({ attempt: 2, evaluation_status: "pending" });
    const invalid = await api.post(
      `/api/v1/interviews/${sessionId}/questions/${questionId}/attempts`,
      { answer_text: "" },
      user.token,
    );
    expect(invalid.status).toBe(422);
    const missing = await api.post(
      `/api/v1/interviews/${sessionId}/questions/999999/attempts`,
      { answer_text: strong },
      user.token,
    );
    expect(missing.status).toBe(404);
    await inProcessQueue().onIdle();

    const summary = (await api.get(`/api/v1/interviews/${sessionId}/summary`, user.token)).body
      .data;
    const item = summary.questions[0];
    expect(item.attempts.map((a: any) => a.attempt)).toEqual([1, 2]);
    expect(item.attempts[0].answer_id).toBe(answerId);
    const [first, second] = item.attempts.map((a: any) => a.evaluation);
    const c = item.comparison;
    expect(c.from_answer_id).toBe(answerId);
    expect(c.to_answer_id).toBe(retried.body.data.answer_id);
    expect(c.overall_change).toBe(second.scores.overall_score - first.scores.overall_score);
    expect(c.overall_change).toBeGreaterThan(0);
    for (const key of ["content_quality", "clarity", "confidence", "technical_accuracy"])
      expect(c.criteria_change[key]).toBe(second.scores[key] - first.scores[key]);
    const newly = second.evidence
      .filter((e: any, i: number) => e.covered && !first.evidence[i].covered)
      .map((e: any) => e.point);
    expect(c.newly_covered).toEqual(newly);
    expect(newly.length).toBeGreaterThan(0);
    expect(summary.retries).toMatchObject({ questions: 1, attempts: 1 });
    // The interview's score is unchanged by the retry.
    expect(summary.overall_session_score).toBe(summaryBefore.overall_session_score);
  });

  it("a question cannot be retried while its session is in progress, and never by another user", async () => {
    const user = await newUser();
    const start = await api.post(
      "/api/v1/interviews",
      {
        role: "Backend Engineer",
        difficulty: "Medium",
        question_count: 2,
        categories: ["Technical"],
      },
      user.token,
    );
    const { session_id: sessionId, first_question: q } = start.body.data;
    await api.post(
      `/api/v1/interviews/${sessionId}/answers`,
      { question_id: q.question_id, answer_text: WEAK },
      user.token,
    );
    const early = await api.post(
      `/api/v1/interviews/${sessionId}/questions/${q.question_id}/attempts`,
      { answer_text: WEAK },
      user.token,
    );
    expect(early.status).toBe(409);
    const other = await newUser("Other");
    const foreign = await api.post(
      `/api/v1/interviews/${sessionId}/questions/${q.question_id}/attempts`,
      { answer_text: WEAK },
      other.token,
    );
    expect(foreign.status).toBe(404);
    await inProcessQueue().onIdle();
  });

  it("review queue: weak answers come back on schedule, a session starts from the queue alone, a good answer pushes the review further", async () => {
    const user = await newUser();
    const empty = await api.post("/api/v1/review-queue/sessions", {}, user.token);
    expect(empty.status).toBe(409);

    const { questionId, answerId } = await answeredSession(user.token, WEAK);
    const queue = (await api.get("/api/v1/review-queue", user.token)).body.data;
    expect(queue).toMatchObject({ due_count: 0, total_count: 1 });
    expect(queue.items[0]).toMatchObject({
      question_id: questionId,
      step: 0,
      interval_days: 1,
      due: false,
    });
    const answeredAt = (await db.answer.findUniqueOrThrow({ where: { id: answerId } })).submittedAt;
    expect(Date.parse(queue.items[0].due_at) - answeredAt.getTime()).toBe(
      REVIEW_INTERVAL_DAYS[0] * DAY_MS,
    );

    // A day passes.
    await db.reviewItem.updateMany({
      where: { questionId, userId: user.id },
      data: { dueAt: new Date(Date.now() - 1000) },
    });
    expect((await api.get("/api/v1/review-queue", user.token)).body.data.due_count).toBe(1);
    expect((await api.get("/api/v1/analytics/dashboard", user.token)).status).toBe(200);

    const bad = await api.post("/api/v1/review-queue/sessions", { question_count: 0 }, user.token);
    expect(bad.status).toBe(422);
    const review = await api.post("/api/v1/review-queue/sessions", {}, user.token);
    expect(review.status).toBe(201);
    expect(review.body.data).toMatchObject({ origin: "review", total_questions: 1 });
    expect(review.body.data.first_question.question_id).toBe(questionId);

    const strong = await modelAnswerOf(questionId);
    const submitted = await api.post(
      `/api/v1/interviews/${review.body.data.session_id}/answers`,
      { question_id: questionId, answer_text: strong },
      user.token,
    );
    expect(submitted.status).toBe(201);
    await inProcessQueue().onIdle();
    const score = (await api.get(`/api/v1/answers/${submitted.body.data.answer_id}`, user.token))
      .body.data.evaluation.scores.overall_score;
    expect(score).toBeGreaterThanOrEqual(60);

    const after = (await api.get("/api/v1/review-queue", user.token)).body.data;
    expect(after.due_count).toBe(0);
    const item = after.items[0];
    expect(item.step).toBeGreaterThanOrEqual(1);
    expect(item.interval_days).toBeGreaterThanOrEqual(REVIEW_INTERVAL_DAYS[1]);
    expect(item.last_score).toBe(score);

    // The review session's summary compares with the attempt from the earlier session.
    const summary = (
      await api.get(`/api/v1/interviews/${review.body.data.session_id}/summary`, user.token)
    ).body.data;
    expect(summary.origin).toBe("review");
    expect(summary.questions[0].earlier_attempt.answer_text).toBe(WEAK);
    expect(summary.questions[0].comparison.overall_change).toBeGreaterThan(0);

    // Queued by hand: due at once, in the next review session.
    const queued = await api.post("/api/v1/review-queue", { question_id: questionId }, user.token);
    expect(queued.status).toBe(200);
    expect(queued.body.data.due_count).toBe(1);
    const notMine = await api.post("/api/v1/review-queue", { question_id: 999999 }, user.token);
    expect(notMine.status).toBe(404);
    const invalid = await api.post("/api/v1/review-queue", { question_id: "abc" }, user.token);
    expect(invalid.status).toBe(422);
  });
});
