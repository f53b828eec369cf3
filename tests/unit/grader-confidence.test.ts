import { assessConfidence, confidenceLevel } from "@/lib/ai/evaluate-answer/confidence";
import type { PointEvidence } from "@/lib/ai/types";
import { missedPoints } from "@/lib/evaluations/low-score";

const point = (score: number, covered = score >= 0.55): PointEvidence => ({
  point: `point ${score}`,
  covered,
  score,
  quote: covered ? "quote" : null,
  start: covered ? 0 : null,
  end: covered ? 5 : null,
});
const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ");

describe("grader confidence", () => {
  test("a long answer with clear-cut points is graded with high confidence", () => {
    const c = assessConfidence(long, {
      evidence: [point(0.95), point(0.9), point(0.05)],
      flags: [],
      overallScore: 70,
    });
    expect(confidenceLevel(c.score)).toBe("high");
    expect(c.reasons).toEqual([]);
  });

  test("a short, thin answer is never high confidence, whatever else agrees", () => {
    const c = assessConfidence("Read committed prevents dirty reads, that is it really.", {
      evidence: [point(0.95), point(0.9)],
      flags: [],
      overallScore: 72,
    });
    expect(confidenceLevel(c.score)).not.toBe("high");
    expect(c.reasons.join(" ")).toMatch(/short/);
  });

  test("borderline points and disagreeing graders lower confidence to low", () => {
    const c = assessConfidence(
      long,
      { evidence: [point(0.5), point(0.6), point(0.45)], flags: [], overallScore: 70 },
      { overallScore: 30 },
    );
    expect(confidenceLevel(c.score)).toBe("low");
    expect(c.reasons.join(" ")).toMatch(/borderline/);
    expect(c.reasons.join(" ")).toMatch(/disagree by 40 points/);
  });

  test("a decisive gaming flag makes a low score certain", () => {
    const c = assessConfidence("idk", {
      evidence: [point(0)],
      flags: ["non_answer"],
      overallScore: 2,
    });
    expect(confidenceLevel(c.score)).toBe("high");
  });
});

describe("why a score is low", () => {
  test("lists the missed points below 60, nothing at 60 and above", () => {
    const evidence = [point(0.9), point(0.1), point(0.2)];
    expect(missedPoints(40, evidence)).toEqual(["point 0.1", "point 0.2"]);
    expect(missedPoints(60, evidence)).toEqual([]);
    expect(missedPoints(null, evidence)).toEqual([]);
  });
});
