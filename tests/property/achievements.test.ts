/**
 * Property 14 (pure part): the achievement rules are a function of the facts, monotone (more
 * sessions, a longer streak or a better score never take a badge away), with Category_Master's
 * stated threshold. The database side (exactly one row under concurrent awards) is in
 * tests/integration/gamification.test.ts.
 */
import fc from "fast-check";
import {
  ACHIEVEMENTS,
  achievementProgress,
  CATEGORY_MASTER_MIN_ANSWERS,
  CATEGORY_MASTER_MIN_AVERAGE,
  qualifyingAchievements,
  type AchievementFacts,
} from "@/lib/gamification/achievement-rules";
import { CATEGORIES, type QuestionCategory } from "@/lib/validations/enums";

const factsArb: fc.Arbitrary<AchievementFacts> = fc.record({
  completedSessions: fc.integer({ min: 0, max: 80 }),
  bestSessionScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  longestStreak: fc.integer({ min: 0, max: 40 }),
  categories: fc.uniqueArray(
    fc.record({
      category: fc.constantFrom(...(CATEGORIES as QuestionCategory[])),
      answers: fc.integer({ min: 1, max: 12 }),
      average: fc.double({ min: 0, max: 100, noNaN: true }),
    }),
    { selector: (c) => c.category, maxLength: 5 },
  ),
});

describe("Property 14: achievement rules", () => {
  it("are monotone in the facts", () => {
    fc.assert(
      fc.property(
        factsArb,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (facts, more, longer) => {
          const before = qualifyingAchievements(facts);
          const after = qualifyingAchievements({
            ...facts,
            completedSessions: facts.completedSessions + more,
            longestStreak: facts.longestStreak + longer,
          });
          for (const a of before) expect(after).toContain(a);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("follow the stated thresholds", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const got = new Set(qualifyingAchievements(facts));
        expect(got.has("First_Interview")).toBe(facts.completedSessions >= 1);
        expect(got.has("Ten_Interviews")).toBe(facts.completedSessions >= 10);
        expect(got.has("Fifty_Interviews")).toBe(facts.completedSessions >= 50);
        expect(got.has("Perfect_Score")).toBe(facts.bestSessionScore === 100);
        expect(got.has("Seven_Day_Streak")).toBe(facts.longestStreak >= 7);
        expect(got.has("Thirty_Day_Streak")).toBe(facts.longestStreak >= 30);
        expect(got.has("Category_Master")).toBe(
          facts.categories.some(
            (c) =>
              c.answers >= CATEGORY_MASTER_MIN_ANSWERS && c.average >= CATEGORY_MASTER_MIN_AVERAGE,
          ),
        );
        for (const a of ACHIEVEMENTS) {
          const p = achievementProgress(a.type, facts);
          expect(p.current).toBeGreaterThanOrEqual(0);
          expect(p.current).toBeLessThanOrEqual(p.target);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("Category_Master: exactly 85 over exactly 5 answers qualifies, 84.99 or 4 answers do not", () => {
    const base: AchievementFacts = {
      completedSessions: 1,
      bestSessionScore: 80,
      longestStreak: 1,
      categories: [],
    };
    const withCat = (answers: number, average: number) =>
      qualifyingAchievements({ ...base, categories: [{ category: "Coding", answers, average }] });
    expect(withCat(5, 85)).toContain("Category_Master");
    expect(withCat(5, 84.99)).not.toContain("Category_Master");
    expect(withCat(4, 100)).not.toContain("Category_Master");
  });
});
