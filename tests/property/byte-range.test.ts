/**
 * Range requests (lib/http/byte-range.ts, RFC 9110 14.1.2): a served range lies inside the body
 * and is exactly what was asked for, clipped at its end; a start past the end is unsatisfiable;
 * anything malformed, or several ranges, falls back to the whole body.
 */
import fc from "fast-check";
import { parseByteRange } from "@/lib/http/byte-range";

const size = fc.integer({ min: 0, max: 5_000_000 });
const offset = fc.integer({ min: 0, max: 6_000_000 });

describe("byte ranges", () => {
  it("serves first-last inside the body, clipped at its end, or refuses a start past it", () => {
    fc.assert(
      fc.property(size, offset, fc.option(offset), (n, first, last) => {
        fc.pre(last === null || last >= first);
        const got = parseByteRange(`bytes=${first}-${last ?? ""}`, n);
        if (first >= n) return expect(got).toBe("unsatisfiable");
        expect(got).toEqual({ start: first, end: Math.min(last ?? n - 1, n - 1) });
      }),
      { numRuns: 200 },
    );
  });

  it("serves the last N bytes of a suffix range", () => {
    fc.assert(
      fc.property(size, fc.integer({ min: 1, max: 6_000_000 }), (n, suffix) => {
        const got = parseByteRange(`bytes=-${suffix}`, n);
        if (n === 0) return expect(got).toBe("unsatisfiable");
        expect(got).toEqual({ start: Math.max(0, n - suffix), end: n - 1 });
      }),
      { numRuns: 100 },
    );
  });

  it("ignores what it cannot serve as one range: other units, lists, reversed or garbled", () => {
    fc.assert(
      fc.property(size, offset, offset, (n, a, b) => {
        expect(parseByteRange(null, n)).toBeNull();
        expect(parseByteRange(`items=${a}-${b}`, n)).toBeNull();
        expect(parseByteRange(`bytes=${a}-${b},${b}-`, n)).toBeNull();
        expect(parseByteRange("bytes=-", n)).toBeNull();
        if (a > b) expect(parseByteRange(`bytes=${a}-${b}`, n)).toBeNull();
        expect(parseByteRange(`bytes=${a}x-${b}`, n)).toBeNull();
      }),
      { numRuns: 100 },
    );
  });
});
