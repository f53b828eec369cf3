/**
 * The built-in evaluator on worker threads (issue 14): the same scores and evidence as on the
 * request's thread, the work really done in the pool, and the threads ended on shutdown.
 * Needs the bundled worker (.cache/evaluator-worker.cjs, written on install).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { evaluateAgainstBank } from "@/lib/ai/offline/evaluate-against-bank";
import {
  EVALUATOR_WORKER_FILE,
  closeEvaluatorPool,
  evaluateOffThread,
  evaluatorPoolStats,
  evaluatorThreads,
} from "@/lib/ai/offline/pool";
import { resetEnvForTests } from "@/lib/env";
import { questionBank } from "@/lib/questions/bank/load";

const inputs = questionBank()
  .questions.filter((_, i) => i % 97 === 3)
  .map((q, i) => ({
    questionText: q.text,
    category: q.category,
    difficulty: q.difficulty,
    role: q.role,
    expectedAnswerPoints: q.points,
    // A written-out answer, a partial one and an answer to another question.
    answerText:
      i % 3 === 0
        ? q.points.join(". ")
        : i % 3 === 1
          ? (q.points[0] ?? "")
          : "I would add an index and cache the hot reads.",
  }));

afterEach(async () => {
  await closeEvaluatorPool();
  delete process.env.EVALUATOR_THREADS;
  resetEnvForTests();
});

test("the worker file is built on install", () => {
  expect(existsSync(path.join(process.cwd(), EVALUATOR_WORKER_FILE))).toBe(true);
});

test("no threads outside production unless asked for", () => {
  expect(evaluatorThreads()).toBe(0);
  process.env.EVALUATOR_THREADS = "2";
  resetEnvForTests();
  expect(evaluatorThreads()).toBe(2);
});

test("scores on a worker thread equal scores on the request's thread", async () => {
  process.env.EVALUATOR_THREADS = "1";
  resetEnvForTests();
  const pooled = await Promise.all(inputs.map((input) => evaluateOffThread(input)));
  expect(evaluatorPoolStats()).toMatchObject({ threads: 1, completed: inputs.length });
  for (const [i, input] of inputs.entries()) {
    expect(pooled[i]).toEqual(await evaluateAgainstBank(input));
  }
  await closeEvaluatorPool();
  expect(evaluatorPoolStats()).toEqual({ threads: 0, queued: 0, completed: 0 });
}, 120_000);
