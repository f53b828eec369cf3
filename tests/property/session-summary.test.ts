/**
 * Property 13 (session score aggregation) with fast-check, including sessions finished early:
 * answered and evaluated questions count with their score, skipped ones as 0, and questions not
 * reached (or whose evaluation is pending or failed) are left out. Also the score trend and the
 * per-category performance.
 */
import fc from "fast-check";
import {
  computeSummary,
  questionScore,
  scoreTrend,
  sessionScore,
  type SummaryItem,
} from "@/lib/summaries/compute-summary";
import { CATEGORIES, type QuestionCategory } from "@/lib/validations/enums";

const scoreArb = fc.integer({ min: 0, max: 100 });
const categoryArb = fc.constantFrom(...(CATEGORIES as QuestionCategory[]));

const evaluation = (
  status: "pending" | "processing" | "completed" | "failed",
  s: number | null,
) => ({
  status,
  overall: s,
  contentQuality: s,
  clarity: s,
  confidence: s,
  technicalAccuracy: s,
  strengths: [],
  improvements: [],
});

/** Any question of a completed (possibly early-finished) session, with the score it should contribute. */
const itemArb: fc.Arbitrary<{ item: SummaryItem; expected: number | null }> = fc.oneof(
  fc.tuple(categoryArb, scoreArb).map(([category, s]) => ({
    item: { category, status: "answered" as const, evaluation: evaluation("completed", s) },
    expected: s,
  })),
  categoryArb.map((category) => ({
    item: { category, status: "skipped" as const, evaluation: null },
    expected: 0,
  })),
  categoryArb.map((category) => ({
    item: { category, status: "pending" as const, evaluation: null },
    expected: null,
  })),
  fc
    .tuple(
      categoryArb,
      fc.constantFrom("pending" as const, "processing" as const, "failed" as const),
    )
    .map(([category, st]) => ({
      item: { category, status: "answered" as const, evaluation: evaluation(st, null) },
      expected: null,
    })),
);

describe("Property 13: session score aggregation", () => {
  it("overall_session_score = round(mean of the N question scores) over the questions that count", () => {
    fc.assert(
      fc.property(fc.array(itemArb, { minLength: 1, maxLength: 20 }), (rows) => {
        const counted = rows.map((r) => r.expected).filter((s): s is number => s !== null);
        const summary = computeSummary(rows.map((r) => r.item));
        expect(summary.scoredQuestions).toBe(counted.length);
        expect(rows.map((r) => questionScore(r.item))).toEqual(rows.map((r) => r.expected));
        const expected =
          counted.length === 0
            ? 0
            : Math.round(counted.reduce((a, b) => a + b, 0) / counted.length);
        expect(summary.overallSessionScore).toBe(expected);
        expect(summary.overallSessionScore).toBeGreaterThanOrEqual(0);
        expect(summary.overallSessionScore).toBeLessThanOrEqual(100);
      }),
      { numRuns: 500 },
    );
  });

  it("rounds half up (the mean of 70 and 71 is 71) and is the plain mean of integers", () => {
    expect(sessionScore([70, 71])).toBe(71);
    expect(sessionScore([0, 1])).toBe(1);
    expect(sessionScore([60, 40, 80])).toBe(60);
    fc.assert(
      fc.property(fc.array(scoreArb, { minLength: 1, maxLength: 30 }), (scores) => {
        const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
        expect(Math.abs(sessionScore(scores) - mean)).toBeLessThanOrEqual(0.5);
      }),
      { numRuns: 300 },
    );
  });

  it("category performance is the rounded mean of each category's counted scores", () => {
    fc.assert(
      fc.property(fc.array(itemArb, { minLength: 1, maxLength: 20 }), (rows) => {
        const summary = computeSummary(rows.map((r) => r.item));
        for (const category of CATEGORIES) {
          const own = rows
            .filter((r) => r.item.category === category && r.expected !== null)
            .map((r) => r.expected!);
          const got = summary.categoryPerformance[category];
          if (own.length === 0) expect(got).toBeUndefined();
          else expect(got).toBe(Math.round(own.reduce((a, b) => a + b, 0) / own.length));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("score_trend is the % change from the previous session (null without one or from 0)", () => {
    fc.assert(
      fc.property(scoreArb, fc.option(scoreArb, { nil: null }), (current, previous) => {
        const trend = scoreTrend(current, previous);
        if (previous === null || previous === 0) expect(trend).toBeNull();
        else {
          expect(Math.abs(trend! - ((current - previous) / previous) * 100)).toBeLessThanOrEqual(
            0.005 + 1e-9,
          );
          expect(Math.sign(trend!)).toBe(Math.sign(current - previous));
        }
      }),
      { numRuns: 300 },
    );
    expect(scoreTrend(80, 64)).toBe(25);
    expect(scoreTrend(50, 75)).toBe(-33.33);
    expect(scoreTrend(58, 64)).toBe(-9.38);
  });
});
