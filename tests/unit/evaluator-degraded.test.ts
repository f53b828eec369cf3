import { resetWordVectors, wordVectors } from "@/lib/ai/offline/nlp/embeddings";
import { evaluateOffline } from "@/lib/ai/offline/evaluator";

// Without the compact vector file (not built yet, or deleted) the evaluator must still work,
// matching on exact words, lemmas and spelling variants only, and say so once.
describe("without word vectors", () => {
  let warn: jest.SpyInstance;
  let cwd: jest.SpyInstance;

  beforeAll(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    cwd = jest.spyOn(process, "cwd").mockReturnValue("/nonexistent-evaluator-test-dir");
    resetWordVectors();
  });

  afterAll(() => {
    cwd.mockRestore();
    warn.mockRestore();
    resetWordVectors();
  });

  test("loads nothing and warns once", () => {
    expect(wordVectors()).toBeNull();
    expect(wordVectors()).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain("build-embeddings");
  });

  test("still scores, with exact and lemma matches", async () => {
    const input = {
      questionText: "What is a stack?",
      category: "Technical" as const,
      difficulty: "Easy" as const,
      expectedAnswerPoints: [
        "A stack is a last-in first-out collection",
        "Push adds an item on top and pop removes the top item",
      ],
    };
    const good = await evaluateOffline({
      ...input,
      answerText:
        "It is a last-in, first-out collection: push adds items on the top and pop removes the top one.",
    });
    const gib = await evaluateOffline({ ...input, answerText: "qwpeoiru zxcmvnb" });
    expect(good.evidence.every((e) => e.covered)).toBe(true);
    expect(good.overallScore).toBeGreaterThanOrEqual(70);
    expect(gib.flags).toContain("gibberish");
    expect(gib.overallScore).toBeLessThan(35);
  });
});
