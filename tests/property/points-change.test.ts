import fc from "fast-check";
import { pointsChange } from "@/components/analytics/format";
import { scoreTrend } from "@/lib/summaries/compute-summary";

describe("pointsChange", () => {
  it("recovers the change in points from the stored percentage, for every pair of scores", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (current, previous) => {
          const trend = scoreTrend(current, previous);
          const points = pointsChange(current, trend!);
          return current === 0 ? points === null : points === current - previous;
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads 55 → 78 as +23 points, not +41.8 %", () => {
    expect(pointsChange(78, scoreTrend(78, 55)!)).toBe(23);
  });
});
