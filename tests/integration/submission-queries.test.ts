/**
 * How many SQL statements one move of the runner costs: submitting an answer (or skipping) is one
 * trip that returns the runner's next state. Counted through Prisma's query events on the
 * process's own client, with the background evaluation held back so only the move is counted.
 * The bounds keep the count from silently growing; lower them when a change lowers the count.
 */
import {
  getProgressAction,
  skipQuestionAction,
  submitAnswerAction,
} from "@/app/(app)/interviews/[id]/actions";
import { requireUser } from "@/lib/auth/session";
import { closeCache } from "@/lib/cache";
import { createDb, disconnectDb, replaceDbForTests } from "@/lib/db/client";
import { invalidateSessionCache } from "@/lib/interviews/session-cache";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { findActiveUser } from "@/lib/users/get-user";
import { api, newUser } from "../helpers/api-client";

jest.mock("@/lib/auth/session", () => ({ requireUser: jest.fn() }));

// Measured: a submission took 27 statements and a skip 24 before they became one trip (the
// action reloaded the session and showed the next question again); now 7 and 5 with the
// session in the cache (L3), 12 and 10 when it must be loaded first.
const MAX_SUBMIT_QUERIES = 7;
const MAX_SKIP_QUERIES = 5;
const SESSION_LOAD_QUERIES = 5;

const ANSWER = "A hash map keeps colliding keys in a bucket list or probes for the next free slot.";

let counting = false;
const queries: string[] = [];
replaceDbForTests(
  createDb({
    onQuery: (sql) => {
      if (counting) queries.push(sql);
    },
  }),
);

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

async function counted<T>(run: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  queries.length = 0;
  counting = true;
  try {
    return { result: await run(), sql: [...queries] };
  } finally {
    counting = false;
  }
}

/** A signed-in candidate on the first question of a 3-question session, as the runner shows it. */
async function onFirstQuestion() {
  const user = await newUser();
  const created = await api.post(
    "/api/v1/interviews",
    { role: "Backend Engineer", difficulty: "Easy", question_count: 3, categories: ["Technical"] },
    user.token,
  );
  const sessionId = created.body.data.session_id as number;
  const first = created.body.data.first_question.question_id as number;
  // The page's first render: the session and its current question (whose clock starts).
  await api.get(`/api/v1/interviews/${sessionId}`, user.token);
  await api.get(`/api/v1/interviews/${sessionId}/questions/${first}`, user.token);
  jest.mocked(requireUser).mockResolvedValue((await findActiveUser(user.id))!);
  return { sessionId, first };
}

describe("queries of one runner move", () => {
  let hold: jest.SpyInstance;
  beforeEach(() => {
    hold = jest.spyOn(inProcessQueue(), "enqueue").mockReturnValue(true);
  });
  afterEach(() => hold.mockRestore());

  it("submitting an answer returns the next state within the bound", async () => {
    const { sessionId, first } = await onFirstQuestion();
    const { result, sql } = await counted(() => submitAnswerAction(sessionId, first, ANSWER));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.session_status).toBe("in_progress");
    expect(result.data.state?.current?.question_number).toBe(2);
    expect(sql.length).toBeLessThanOrEqual(MAX_SUBMIT_QUERIES);
  });

  it("skipping a question returns the next state within the bound", async () => {
    const { sessionId, first } = await onFirstQuestion();
    const { result, sql } = await counted(() => skipQuestionAction(sessionId, first));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.state?.current?.question_number).toBe(2);
    expect(sql.length).toBeLessThanOrEqual(MAX_SKIP_QUERIES);
  });

  it("loads the session once when it is not cached, and never reads it back after the move", async () => {
    const { sessionId, first } = await onFirstQuestion();
    await invalidateSessionCache(sessionId);
    const submitted = await counted(() => submitAnswerAction(sessionId, first, ANSWER));
    expect(submitted.result.ok).toBe(true);
    expect(submitted.sql.length).toBeLessThanOrEqual(MAX_SUBMIT_QUERIES + SESSION_LOAD_QUERIES);
    // Only the transaction's writes touch session_questions after the session was loaded.
    const reads = submitted.sql.filter((q) => q.startsWith("SELECT"));
    expect(reads.length).toBeLessThanOrEqual(SESSION_LOAD_QUERIES);
    expect(submitted.sql.some((q) => q.includes('"answer_drafts"') && q.startsWith("SELECT"))).toBe(
      false,
    );

    if (!submitted.result.ok) return;
    const second = submitted.result.data.state!.current!.question_id;
    await invalidateSessionCache(sessionId);
    const skipped = await counted(() => skipQuestionAction(sessionId, second));
    expect(skipped.result.ok).toBe(true);
    expect(skipped.sql.length).toBeLessThanOrEqual(MAX_SKIP_QUERIES + SESSION_LOAD_QUERIES);
  });

  it("polling the progress only reads", async () => {
    const { sessionId } = await onFirstQuestion();
    await invalidateSessionCache(sessionId);
    const { result, sql } = await counted(() => getProgressAction(sessionId));
    expect(result.ok).toBe(true);
    expect(sql.length).toBeGreaterThan(0);
    expect(sql.filter((q) => !q.startsWith("SELECT"))).toEqual([]);
  });
});
