/**
 * One vocabulary: the four criteria, the id rule and the stored JSON shapes are each defined once
 * and behave the same wherever they are used.
 */
import fc from "fast-check";
import {
  byField,
  byKey,
  CRITERIA,
  CRITERION_KEYS,
  CRITERION_LABELS,
  perCriterion,
  pickCriteria,
} from "@/lib/evaluations/criteria";
import { overallScore } from "@/lib/evaluations/score";
import { idInputSchema, idSchema, MAX_ID, parseId, toId } from "@/lib/validations/id";
import {
  categoryPerformanceSchema,
  evidenceListSchema,
  flagListSchema,
  storedStarSchema,
  stringListSchema,
} from "@/lib/validations/stored-json";

const score = fc.integer({ min: 0, max: 100 });
const fieldScores = fc.record({
  contentQuality: score,
  clarity: score,
  confidence: score,
  technicalAccuracy: score,
});

describe("criteria", () => {
  it("are four, with unique keys and fields, weights summing to 1 and content weighted 40%", () => {
    expect(CRITERIA).toHaveLength(4);
    expect(new Set(CRITERION_KEYS).size).toBe(4);
    expect(new Set(CRITERIA.map((c) => c.field)).size).toBe(4);
    expect(CRITERIA.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1, 10);
    expect(CRITERIA.find((c) => c.key === "content_quality")?.weight).toBe(0.4);
    expect(CRITERION_LABELS.technical_accuracy).toBe("Technical accuracy");
  });

  it("convert between field and key spellings without losing a value", () => {
    fc.assert(
      fc.property(fieldScores, (scores) => {
        const keyed = byKey(scores);
        expect(Object.keys(keyed)).toEqual([...CRITERION_KEYS]);
        expect(byField(keyed)).toEqual(scores);
        const row = { ...scores, id: 1, overallScore: 5 };
        expect(pickCriteria(row)).toEqual(scores);
      }),
      { numRuns: 200 },
    );
  });

  it("weigh the overall score as the table says", () => {
    fc.assert(
      fc.property(fieldScores, (scores) => {
        const weighted = CRITERIA.reduce((sum, c) => sum + c.weight * scores[c.field], 0);
        expect(Math.abs(overallScore(scores) - weighted)).toBeLessThanOrEqual(0.5);
      }),
      { numRuns: 200 },
    );
    expect(perCriterion((c) => c.shortLabel)).toEqual({
      content_quality: "Content",
      clarity: "Clarity",
      confidence: "Confidence",
      technical_accuracy: "Accuracy",
    });
  });
});

describe("the id rule", () => {
  it("accepts exactly the positive 32-bit integers, as numbers or plain digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_ID }), (id) => {
        expect(parseId(id)).toBe(id);
        expect(parseId(String(id))).toBe(id);
        expect(idSchema.parse(id)).toBe(id);
      }),
      { numRuns: 200 },
    );
    for (const bad of [0, -1, 1.5, MAX_ID + 1, "0", "01", " 1", "1e3", "0x10", "+1", "", null, {}])
      expect(parseId(bad)).toBeNull();
    expect(parseId(String(MAX_ID + 1))).toBeNull();
    expect(idSchema.safeParse("12").success).toBe(false); // events carry numbers only
    expect(() => toId("abc", "Answer")).toThrow("Answer not found");
    expect(idInputSchema.safeParse("abc").error?.issues[0]?.message).toBe("Must be a number");
  });
});

describe("stored JSON columns", () => {
  it("keep the valid entries and drop the rest instead of trusting a cast", () => {
    expect(stringListSchema.parse(["a", 1, null, "b"])).toEqual(["a", "b"]);
    expect(stringListSchema.parse({ not: "a list" })).toEqual([]);
    const point = { point: "p", covered: true, score: 1, quote: "q", start: 0, end: 1 };
    expect(evidenceListSchema.parse([point, { point: "broken" }])).toEqual([point]);
    expect(flagListSchema.parse(["gibberish", "made_up"])).toEqual(["gibberish"]);
    expect(storedStarSchema.parse(null)).toBeNull();
    expect(storedStarSchema.parse({ situation: 1 })).toBeNull();
    const star = { situation: "s", task: null, action: "a", result: null };
    expect(storedStarSchema.parse(star)).toEqual(star);
    expect(
      categoryPerformanceSchema.parse({ Technical: 80, Unknown: 50, Coding: "90", Behavioral: 0 }),
    ).toEqual({ Technical: 80, Behavioral: 0 });
    expect(categoryPerformanceSchema.parse("nonsense")).toEqual({});
  });
});
