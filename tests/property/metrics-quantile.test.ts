/**
 * The latency percentiles the admin system page shows come from the Prometheus histogram's
 * buckets (lib/metrics/quantile.ts, Prometheus's histogram_quantile). And every documented route
 * template is the metrics label of its own paths, whatever the ids (lib/api/route-template.ts).
 */
import fc from "fast-check";
import { routeTemplate, UNMATCHED_ROUTE } from "@/lib/api/route-template";
import { histogramQuantile, type Bucket } from "@/lib/metrics/quantile";
import { HTTP_BUCKETS } from "@/lib/metrics/registry";
import { API_PATHS } from "@/lib/openapi/operations";

/** Observations → cumulative buckets, as prom-client keeps them. */
function bucketsOf(values: number[]): Bucket[] {
  return [...HTTP_BUCKETS, Infinity].map((le) => ({
    le,
    count: values.filter((v) => v <= le).length,
  }));
}

const observations = fc.array(fc.double({ min: 0, max: 8, noNaN: true }), {
  minLength: 1,
  maxLength: 200,
});

describe("histogramQuantile", () => {
  it("is null without observations", () => {
    expect(histogramQuantile(0.5, bucketsOf([]))).toBeNull();
  });

  it("lands in the bucket that holds the true quantile", () => {
    fc.assert(
      fc.property(observations, fc.double({ min: 0.01, max: 1, noNaN: true }), (values, phi) => {
        const q = histogramQuantile(phi, bucketsOf(values))!;
        const sorted = [...values].sort((a, b) => a - b);
        const truth = sorted[Math.max(0, Math.ceil(phi * sorted.length) - 1)]!;
        const bounds = [0, ...HTTP_BUCKETS, Infinity];
        const i = bounds.findIndex((b, k) => k > 0 && truth <= b);
        // The estimate sits inside the same bucket as the exact order statistic.
        expect(q).toBeGreaterThanOrEqual(bounds[i - 1]! - 1e-12);
        expect(q).toBeLessThanOrEqual(Math.min(bounds[i]!, HTTP_BUCKETS.at(-1)!) + 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it("never decreases as φ grows", () => {
    fc.assert(
      fc.property(observations, fc.double({ min: 0, max: 1, noNaN: true }), (values, a) => {
        const b = Math.min(1, a + 0.05);
        const buckets = bucketsOf(values);
        expect(histogramQuantile(b, buckets)!).toBeGreaterThanOrEqual(
          histogramQuantile(a, buckets)!,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("interpolates inside a bucket", () => {
    // 10 observations, all in (0.1, 0.15]: the median is halfway through that bucket.
    expect(histogramQuantile(0.5, bucketsOf(Array(10).fill(0.12)))).toBeCloseTo(0.125, 10);
  });
});

describe("routeTemplate", () => {
  const segment = fc.stringMatching(/^[A-Za-z0-9._~-]{1,24}$/);

  it("maps every path of a documented template back to it", () => {
    const templates = Object.keys(API_PATHS);
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.array(segment, { minLength: 2, maxLength: 2 }),
        (t, ids) => {
          let k = 0;
          const path = t.replace(/\{[^}]+\}/g, () => ids[k++]!);
          // A literal segment can be taken for a parameter only where the literal exists too.
          const expected = templates.includes(path) ? path : t;
          expect(routeTemplate(path)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("puts unknown paths under one label (no series per scanned URL)", () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 3, maxLength: 6 }), (parts) => {
        const path = `/api/v1/zz-unknown/${parts.join("/")}`;
        expect(routeTemplate(path)).toBe(UNMATCHED_ROUTE);
      }),
      { numRuns: 100 },
    );
  });

  it("prefers the literal route over a parameter", () => {
    expect(routeTemplate("/api/v1/users/me")).toBe("/api/v1/users/me");
    expect(routeTemplate("/api/v1/interviews/42/questions/7/skip")).toBe(
      "/api/v1/interviews/{id}/questions/{qid}/skip",
    );
  });
});
