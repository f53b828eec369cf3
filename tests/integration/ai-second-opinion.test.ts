/**
 * Grader confidence and second opinions (issue 9): every evaluation carries a confidence; a
 * low-confidence model grade is checked by the other grader (another configured model, else the
 * built-in evaluator) and the disagreement is recorded; a confident grade is not re-checked.
 */
import { evaluateAnswer } from "@/lib/ai/evaluate-answer";
import { confidenceLevel } from "@/lib/ai/evaluate-answer/confidence";
import { evaluateOffline } from "@/lib/ai/offline/evaluator";
import { closeCache } from "@/lib/cache";
import { disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { configureOffline, configureProviders } from "../helpers/ai-providers";
import { startFakeLlmServer, type FakeLlmServer } from "../helpers/fake-llm-server";

let fake: FakeLlmServer;

beforeAll(async () => {
  fake = await startFakeLlmServer();
});
afterAll(async () => {
  await configureOffline();
  await fake.close();
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

const QUESTION = {
  questionText: "How does a hash map handle collisions?",
  category: "Technical" as const,
  difficulty: "Medium" as const,
  role: "Software Engineer",
  expectedAnswerPoints: [
    "Collisions happen when two keys hash to the same bucket",
    "Separate chaining stores colliding entries in a list per bucket",
    "Open addressing probes for another free slot",
  ],
};
const GOOD =
  "Collisions happen when two different keys hash to the same bucket. With separate chaining each bucket keeps a list of the colliding entries, so lookups walk that short list. Open addressing instead probes for another free slot in the table, for example the next one, until it finds the key or an empty slot.";
/** Short and a bare list: the built-in grader is unsure of it. */
const THIN = "buckets, chaining, lists, probing, slots, keys, hashing, tables, entries";

describe("second opinions", () => {
  it("a confident model grade is not re-checked", async () => {
    await configureProviders(fake, ["groq"]);
    const graded = await evaluateAnswer({ ...QUESTION, answerText: GOOD });
    expect(graded.provider).toBe("groq");
    expect(graded.confidence).toBeDefined();
    expect(confidenceLevel(graded.confidence!.score)).not.toBe("low");
    expect(graded.secondOpinion).toBeNull();
  });

  it("a low-confidence grade gets the built-in evaluator's opinion when no other model is set", async () => {
    await configureProviders(fake, ["groq"]);
    const graded = await evaluateAnswer({ ...QUESTION, answerText: THIN });
    expect(graded.provider).toBe("groq");
    expect(confidenceLevel(graded.confidence!.score)).toBe("low");
    const builtin = await evaluateOffline({ ...QUESTION, answerText: THIN });
    expect(graded.secondOpinion).toEqual({
      provider: "builtin",
      overallScore: builtin.overallScore,
      disagreement: Math.abs(graded.result.overallScore - builtin.overallScore),
    });
    expect(graded.confidence!.reasons.length).toBeGreaterThan(0);
  });

  it("with two models configured, the second opinion comes from the other model", async () => {
    await configureProviders(fake, ["groq", "gemini"]);
    const graded = await evaluateAnswer({ ...QUESTION, answerText: THIN });
    expect(confidenceLevel(graded.confidence!.score)).toBe("low");
    expect(graded.secondOpinion?.provider).not.toBe(graded.provider);
    expect(graded.secondOpinion?.provider).not.toBe("builtin");
    expect(
      fake.callsTo("gemini", "evaluate_answer").length +
        fake.callsTo("groq", "evaluate_answer").length,
    ).toBe(2);
  });

  it("offline, every grade carries a confidence and no second opinion", async () => {
    await configureOffline();
    const graded = await evaluateAnswer({ ...QUESTION, answerText: THIN });
    expect(graded.provider).toBe("builtin");
    expect(graded.confidence?.score).toEqual(expect.any(Number));
    expect(graded.secondOpinion).toBeNull();
  });
});
