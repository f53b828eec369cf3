/** Property 16: hit rate = (H / (H + M)) × 100, and 0 when there were no lookups. */
import fc from "fast-check";
import { hitRate } from "@/lib/cache/hit-rate";

describe("Property 16: cache hit rate formula", () => {
  it("equals (H / (H + M)) × 100 and lies within 0..100", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.nat({ max: 1e9 }), (h, m) => {
        const rate = hitRate(h, m);
        if (h + m === 0) expect(rate).toBe(0);
        else expect(rate).toBe((h / (h + m)) * 100);
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(100);
      }),
      { numRuns: 2000 },
    );
  });

  it("is 0 for no lookups, 100 for only hits and 0 for only misses", () => {
    expect(hitRate(0, 0)).toBe(0);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        (n) => hitRate(n, 0) === 100 && hitRate(0, n) === 0,
      ),
    );
  });
});
