/**
 * Time limits: the session's choice replaces each question's own (0 = untimed); a skip is a
 * time-out exactly when the question's clock had reached its limit (less a small grace), and an
 * untimed or never-shown question never times out.
 */
import fc from "fast-check";
import { remainingSeconds } from "@/lib/interviews/dto";
import { effectiveTimeLimit, formatTimeLimit, ranOutOfTime } from "@/lib/interviews/time-limit";

const limitArb = fc.integer({ min: 60, max: 1800 });
const start = new Date("2026-03-01T10:00:00Z");

describe("time limits", () => {
  it("the session's limit, when chosen, is the one every question runs under", () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(fc.constant(0), limitArb)), limitArb, (session, own) => {
        expect(effectiveTimeLimit(session, own)).toBe(session === null ? own : session);
      }),
      { numRuns: 200 },
    );
  });

  it("a skip is a time-out once the clock has (nearly) reached the limit, never before", () => {
    fc.assert(
      fc.property(limitArb, fc.integer({ min: 0, max: 4_000_000 }), (limit, elapsedMs) => {
        const at = new Date(start.getTime() + elapsedMs);
        const out = ranOutOfTime(limit, start, at);
        if (elapsedMs >= limit * 1000) expect(out).toBe(true);
        if (elapsedMs < limit * 1000 - 3_000) expect(out).toBe(false);
        // Consistent with the clock the candidate saw: a time-out leaves (almost) nothing.
        if (out) expect(remainingSeconds(limit, start, at)!).toBeLessThanOrEqual(3);
      }),
      { numRuns: 300 },
    );
  });

  it("untimed or unshown questions never time out and have no clock", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (elapsedMs) => {
        const at = new Date(start.getTime() + elapsedMs);
        expect(ranOutOfTime(0, start, at)).toBe(false);
        expect(ranOutOfTime(300, null, at)).toBe(false);
        expect(remainingSeconds(0, start, at)).toBeNull();
      }),
      { numRuns: 100 },
    );
    expect(formatTimeLimit(0)).toBe("Untimed");
    expect(formatTimeLimit(300)).toBe("5 min");
    expect(formatTimeLimit(150)).toBe("2 min 30 s");
  });
});
