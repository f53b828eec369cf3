/** Property 6: cache key format; and the other layers' keys. */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { categoryHash, evaluationKey, questionsKey, questionsRolePrefix } from "@/lib/cache/keys";
import { CATEGORIES, DIFFICULTIES } from "@/lib/validations/enums";

const role = fc.string({ minLength: 2, maxLength: 100 });
const difficulty = fc.constantFrom(...DIFFICULTIES);
const count = fc.integer({ min: 1, max: 20 });
const categories = fc.uniqueArray(fc.constantFrom(...CATEGORIES), {
  minLength: 1,
  maxLength: CATEGORIES.length,
});

describe("Property 6: question cache key format", () => {
  it("is questions:{role}:{difficulty}:{count}:{category_hash}, the hash being MD5 of the sorted categories", () => {
    fc.assert(
      fc.property(role, difficulty, count, categories, (r, d, n, cats) => {
        const key = questionsKey(r, d, n, cats);
        const md5 = createHash("md5")
          .update([...cats].sort().join("|"))
          .digest("hex");
        expect(key).toBe(`questions:${r}:${d}:${n}:${md5.slice(0, 8)}`);
        const parsed = /^questions:([\s\S]*):(Easy|Medium|Hard|Expert):(\d+):([0-9a-f]{8})$/.exec(
          key,
        );
        expect(parsed?.slice(1)).toEqual([r, d, String(n), md5.slice(0, 8)]);
        expect(key.startsWith(questionsRolePrefix(r))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("does not depend on the order or repetition of categories", () => {
    fc.assert(
      fc.property(categories, fc.integer(), (cats, seed) => {
        const shuffled = [...cats].sort(() => (seed % 2 === 0 ? 1 : -1));
        expect(categoryHash([...shuffled, ...cats])).toBe(categoryHash(cats));
      }),
    );
  });

  it("gives different requests different keys", () => {
    fc.assert(
      fc.property(
        role,
        difficulty,
        count,
        categories,
        role,
        difficulty,
        count,
        categories,
        (r1, d1, n1, c1, r2, d2, n2, c2) => {
          const same = r1 === r2 && d1 === d2 && n1 === n2 && categoryHash(c1) === categoryHash(c2);
          expect(questionsKey(r1, d1, n1, c1) === questionsKey(r2, d2, n2, c2)).toBe(same);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("L2 evaluation key", () => {
  const text = fc.string({ minLength: 1, maxLength: 200 });
  it("ignores case and spacing of the answer but not the question", () => {
    fc.assert(
      fc.property(text, text, fc.array(text, { minLength: 1, maxLength: 4 }), (q, a, points) => {
        const key = evaluationKey({ questionText: q, expectedAnswerPoints: points, answerText: a });
        expect(key).toMatch(/^eval:[0-9a-f]{16}:[0-9a-f]{64}$/);
        const respaced = evaluationKey({
          questionText: q,
          expectedAnswerPoints: points,
          answerText: `  ${a.toUpperCase()}\n`,
        });
        if (a.toUpperCase().toLowerCase() === a.toLowerCase()) expect(respaced).toBe(key);
        const other = evaluationKey({
          questionText: `${q} (v2)`,
          expectedAnswerPoints: points,
          answerText: a,
        });
        expect(other).not.toBe(key);
      }),
      { numRuns: 300 },
    );
  });
});
