/** Evidence from an LLM: quotes are verified against the answer, scores reconciled with it. */
import fc from "fast-check";
import { locateQuote } from "@/lib/ai/evaluate-answer/locate-quote";
import {
  CAPPING_FLAGS,
  evidenceCeiling,
  reconcileScores,
} from "@/lib/ai/evaluate-answer/reconcile";
import type { CriteriaScores } from "@/lib/ai/types";

const sentence = fc
  .array(
    fc.constantFrom(
      "cache",
      "Redis",
      "queue",
      "lock",
      "thread",
      "index",
      "shard",
      "replica",
      "the",
      "a",
      "uses",
      "keeps",
    ),
    {
      minLength: 3,
      maxLength: 12,
    },
  )
  .map((w) => `${w.join(" ")}.`);
const answer = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(" "));

describe("quote verification", () => {
  it("finds any verbatim excerpt at offsets that slice back to it", () => {
    fc.assert(
      fc.property(answer, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = Math.min(text.length, start + 5 + (b % 80));
        const quote = text.slice(start, end);
        fc.pre((quote.match(/[a-z0-9]/gi) ?? []).length >= 3 && quote.trim() === quote);
        const span = locateQuote(text, quote);
        expect(span).not.toBeNull();
        expect(text.slice(span!.start, span!.end)).toBe(span!.quote);
        expect(span!.quote.toLowerCase()).toBe(quote.toLowerCase());
      }),
      { numRuns: 1000 },
    );
  });

  it("accepts a quote that differs only in case and whitespace, returning the answer's own text", () => {
    fc.assert(
      fc.property(answer, fc.nat(), (text, i) => {
        const sentences = text.match(/[^.]+\./g)!.map((s) => s.trim());
        const original = sentences[i % sentences.length]!;
        const quote = `"${original.toUpperCase().replace(/ /g, "  \n ")}"`;
        const span = locateQuote(text, quote);
        expect(span?.quote).toBe(original);
      }),
      { numRuns: 500 },
    );
  });

  it("rejects text that is not in the answer", () => {
    fc.assert(
      fc.property(answer, (text) => locateQuote(text, "postgres vacuum freezes tuples") === null),
    );
    expect(locateQuote("Short answer here.", "")).toBeNull();
    expect(locateQuote("Short answer here.", "a.")).toBeNull();
  });

  it("accepts an excerpt elided with an ellipsis only when its pieces appear in order", () => {
    const text =
      "First we cache reads. Then we shard the writes across replicas. Finally we add a queue.";
    expect(locateQuote(text, "we cache reads … across replicas")?.quote).toBe(
      "we cache reads. Then we shard the writes across replicas",
    );
    expect(locateQuote(text, "across replicas ... we cache reads")).toBeNull();
  });
});

describe("score reconciliation", () => {
  const s = fc.integer({ min: 0, max: 100 });
  const criteria: fc.Arbitrary<CriteriaScores> = fc.record({
    contentQuality: s,
    clarity: s,
    confidence: s,
    technicalAccuracy: s,
  });
  const coverage = fc.double({ min: 0, max: 1, noNaN: true });

  it("never lets content or technical accuracy exceed the evidence ceiling unless the built-in evaluator scores higher", () => {
    fc.assert(
      fc.property(criteria, criteria, coverage, (model, builtin, c) => {
        const out = reconcileScores(model, builtin, c, []);
        const ceiling = evidenceCeiling(c);
        expect(out.contentQuality).toBeLessThanOrEqual(
          Math.max(Math.round(ceiling.contentQuality), builtin.contentQuality),
        );
        expect(out.technicalAccuracy).toBeLessThanOrEqual(
          Math.max(Math.round(ceiling.technicalAccuracy), builtin.technicalAccuracy),
        );
        for (const k of Object.keys(model) as (keyof CriteriaScores)[])
          expect(out[k]).toBeLessThanOrEqual(model[k]);
        expect(out.clarity).toBe(model.clarity);
        expect(out.confidence).toBe(model.confidence);
      }),
      { numRuns: 1000 },
    );
  });

  it("with a capping flag, no criterion exceeds the built-in evaluator's", () => {
    fc.assert(
      fc.property(
        criteria,
        criteria,
        coverage,
        fc.constantFrom(...CAPPING_FLAGS),
        (model, builtin, c, flag) => {
          const out = reconcileScores(model, builtin, c, [flag]);
          for (const k of Object.keys(out) as (keyof CriteriaScores)[])
            expect(out[k]).toBeLessThanOrEqual(builtin[k]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("leaves a model's scores alone when every point is covered and nothing is flagged", () => {
    fc.assert(
      fc.property(criteria, criteria, (model, builtin) => {
        expect(reconcileScores(model, builtin, 1, [])).toEqual(model);
      }),
    );
  });
});
