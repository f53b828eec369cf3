/**
 * The landing page's sample feedback is a real evaluation: the built-in evaluator's result for
 * the sample answer, with quotes taken from that answer, never hand-written scores.
 */
import { builtinProvider } from "@/lib/ai/offline/builtin-provider";
import { landingSample } from "@/lib/evaluations/landing-sample";
import { questionBank } from "@/lib/questions/bank/load";

describe("landingSample", () => {
  it("is the built-in evaluator's result for the sample answer, with evidence from it", async () => {
    const sample = await landingSample();
    expect(sample).not.toBeNull();
    const { question, answer, result } = sample!;
    const q = questionBank().questions.find((b) => b.text === question)!;
    expect(result.evidence.map((e) => e.point)).toEqual(q.points);
    const again = await builtinProvider.evaluateAnswer({
      questionText: q.text,
      category: q.category,
      difficulty: q.difficulty,
      role: q.role,
      expectedAnswerPoints: [...q.points],
      answerText: answer,
    });
    expect(result).toEqual(again);
    // It shows what the product does: some points covered with quotes, some missed.
    const covered = result.evidence.filter((e) => e.covered);
    expect(covered.length).toBeGreaterThan(0);
    expect(covered.length).toBeLessThan(result.evidence.length);
    for (const e of covered) expect(answer).toContain(e.quote);
    expect(result.overallScore).toBeGreaterThan(0);
    expect(result.overallScore).toBeLessThan(100);
    // Computed once per process.
    expect(await landingSample()).toBe(sample);
  });
});
