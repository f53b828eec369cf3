/** The router's provider selection score (spec: health 0.4, quota left 0.3, latency 0.3). */
import fc from "fast-check";
import {
  LATENCY_SCALE_MS,
  SCORE_STEP,
  latencyScore,
  providerScore,
  rankProviders,
  type ProviderSignals,
} from "@/lib/ai/router/score";

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const latency = fc.option(fc.double({ min: 0, max: 60_000, noNaN: true }), { nil: null });
const signals: fc.Arbitrary<ProviderSignals> = fc.record({
  health: unit,
  quotaRemaining: unit,
  latencyMs: latency,
});

describe("provider score", () => {
  it("is exactly 0.4·health + 0.3·quota + 0.3·(1 − latency/10 s), within 0..1", () => {
    fc.assert(
      fc.property(signals, (s) => {
        const lat = s.latencyMs === null ? 1 : Math.max(0, 1 - s.latencyMs / LATENCY_SCALE_MS);
        const score = providerScore(s);
        expect(score).toBeCloseTo(0.4 * s.health + 0.3 * s.quotaRemaining + 0.3 * lat, 10);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1 + 1e-12);
      }),
      { numRuns: 1000 },
    );
  });

  it("never decreases with better health or more quota, nor with lower latency", () => {
    fc.assert(
      fc.property(
        signals,
        unit,
        unit,
        fc.double({ min: 0, max: 60_000, noNaN: true }),
        (s, dh, dq, dl) => {
          const base = providerScore(s);
          expect(
            providerScore({ ...s, health: Math.min(1, s.health + dh) }),
          ).toBeGreaterThanOrEqual(base - 1e-12);
          expect(
            providerScore({ ...s, quotaRemaining: Math.min(1, s.quotaRemaining + dq) }),
          ).toBeGreaterThanOrEqual(base - 1e-12);
          if (s.latencyMs !== null) {
            expect(providerScore({ ...s, latencyMs: s.latencyMs + dl })).toBeLessThanOrEqual(
              base + 1e-12,
            );
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("clamps latency: 0 ms scores 1, 10 s or more scores 0", () => {
    expect(latencyScore(0)).toBe(1);
    expect(latencyScore(null)).toBe(1);
    fc.assert(
      fc.property(
        fc.double({ min: LATENCY_SCALE_MS, max: 1e9, noNaN: true }),
        (ms) => latencyScore(ms) === 0,
      ),
    );
  });
});

describe("ranking", () => {
  const candidate = fc.record({
    name: fc.constantFrom("groq", "gemini", "huggingface", "ollama"),
    priority: fc.integer({ min: 1, max: 4 }),
    signals,
    available: fc.boolean(),
  });
  const candidates = fc
    .uniqueArray(candidate, { selector: (c) => c.name, maxLength: 4 })
    .map((list) => list.map((c, i) => ({ ...c, priority: i + 1 })));

  it("keeps exactly the available providers, best score first up to one step, ties by priority", () => {
    fc.assert(
      fc.property(candidates, (list) => {
        const ranked = rankProviders(list);
        expect(new Set(ranked.map((r) => r.name))).toEqual(
          new Set(list.filter((c) => c.available).map((c) => c.name)),
        );
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1]!, ranked[i]!];
          const stepA = Math.round(a.score / SCORE_STEP);
          const stepB = Math.round(b.score / SCORE_STEP);
          expect(stepA).toBeGreaterThanOrEqual(stepB);
          if (stepA === stepB) expect(a.priority).toBeLessThan(b.priority);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("puts a clearly healthier provider first whatever its priority", () => {
    fc.assert(
      fc.property(unit, latency, (quota, lat) => {
        const healthy = {
          name: "gemini",
          priority: 2,
          available: true,
          signals: { health: 1, quotaRemaining: quota, latencyMs: lat },
        };
        const failing = {
          name: "groq",
          priority: 1,
          available: true,
          signals: { health: 0.3, quotaRemaining: quota, latencyMs: lat },
        };
        expect(rankProviders([failing, healthy])[0]!.name).toBe("gemini");
      }),
    );
  });

  it("never returns an unavailable provider (breaker open or quota used up)", () => {
    fc.assert(
      fc.property(
        fc.array(
          candidate.map((c) => ({ ...c, available: false })),
          { maxLength: 4 },
        ),
        (list) => rankProviders(list).length === 0,
      ),
    );
  });
});
