/** Spec properties 11 (answer length), 12 (overall score) and 13 (session mean). */
import fc from "fast-check";
import { overallScore } from "@/lib/evaluations/score";
import { computeSummary, sessionScore, type SummaryItem } from "@/lib/summaries/compute-summary";
import { answerTextSchema, charLength, stripControlCharacters } from "@/lib/validations/interview";

const score = fc.integer({ min: 0, max: 100 });

describe("Property 12: evaluation score calculation", () => {
  it("overall = round(0.4·content + 0.2·(clarity + confidence + technical)), within 0..100", () => {
    fc.assert(
      fc.property(score, score, score, score, (c, cl, co, t) => {
        const actual = overallScore({
          contentQuality: c,
          clarity: cl,
          confidence: co,
          technicalAccuracy: t,
        });
        // Exact rational arithmetic: (4c + 2cl + 2co + 2t) / 10, halves rounded up.
        const tenths = 4 * c + 2 * cl + 2 * co + 2 * t;
        const expected = Math.floor(tenths / 10) + (tenths % 10 >= 5 ? 1 : 0);
        expect(actual).toBe(expected);
        expect(Math.abs(actual - (0.4 * c + 0.2 * cl + 0.2 * co + 0.2 * t))).toBeLessThanOrEqual(
          0.5,
        );
        expect(actual).toBeGreaterThanOrEqual(0);
        expect(actual).toBeLessThanOrEqual(100);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("Property 13: session score aggregation", () => {
  it("the session score is the rounded arithmetic mean of the question scores", () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 20 }), (scores) => {
        const sum = scores.reduce((a, b) => a + b, 0);
        expect(sessionScore(scores)).toBe(Math.round(sum / scores.length));
      }),
      { numRuns: 500 },
    );
  });

  it("computeSummary counts every completed question once and a skipped one as 0", () => {
    const item = fc.oneof(
      score.map((s): SummaryItem => ({
        category: "Technical",
        status: "answered",
        evaluation: {
          status: "completed",
          overall: s,
          contentQuality: s,
          clarity: s,
          confidence: s,
          technicalAccuracy: s,
          strengths: [],
          improvements: [],
        },
      })),
      fc.constant<SummaryItem>({ category: "Coding", status: "skipped", evaluation: null }),
    );
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 20 }), (items) => {
        const scores = items.map((i) => (i.status === "skipped" ? 0 : i.evaluation!.overall!));
        expect(computeSummary(items).overallSessionScore).toBe(
          Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe("Property 11: answer text length boundaries", () => {
  it("accepts exactly 10–5000 characters after trimming", () => {
    const text = fc.oneof(
      fc.string({ minLength: 0, maxLength: 30 }),
      fc.string({ minLength: 4990, maxLength: 5010 }),
      fc.string({ unit: "grapheme", minLength: 0, maxLength: 20 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const n = charLength(stripControlCharacters(t).trim());
        expect(answerTextSchema.safeParse(t).success).toBe(n >= 10 && n <= 5000);
      }),
      { numRuns: 500 },
    );
  });

  it("drops control characters (NUL cannot be stored) but keeps tabs and line breaks", () => {
    const parsed = answerTextSchema.safeParse("\u0000An index\u0008 speeds\tup\r\nreads.\u0000");
    expect(parsed.success && parsed.data).toBe("An index speeds\tup\r\nreads.");
    expect(answerTextSchema.safeParse("\u0000".repeat(20)).success).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (t) => {
        const parsed = answerTextSchema.safeParse(t);
        if (parsed.success)
          expect(parsed.data).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
      }),
      { numRuns: 300 },
    );
  });

  it("counts characters, not UTF-16 units (PostgreSQL's char_length)", () => {
    expect(answerTextSchema.safeParse("😀".repeat(9)).success).toBe(false);
    expect(answerTextSchema.safeParse("😀".repeat(10)).success).toBe(true);
    expect(answerTextSchema.safeParse("😀".repeat(5000)).success).toBe(true);
    expect(answerTextSchema.safeParse("😀".repeat(5001)).success).toBe(false);
  });
});
