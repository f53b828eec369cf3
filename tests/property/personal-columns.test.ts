/**
 * Personal free-text columns (lib/crypto/personal-columns.ts): every value round-trips through
 * its column's seal and the one read path, no two seals of a value are alike, a value moved to
 * another row does not open there, and the name blind index matches words in any case only.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { answerHash } from "@/lib/answers/answer-hash";
import { generateKeyMaterial } from "@/lib/crypto";
import {
  answerTextContext,
  evaluationContext,
  type EvaluationSealedField,
  sealEvaluationText,
  sealSummaryText,
  summaryContext,
  nameIndex,
  nameSearchTerms,
  openJsonField,
  personalQuestionContext,
  sealAnswerText,
  sealDraftText,
  sealFollowUp,
  sealPersonalQuestion,
  sealUserName,
  userNameContext,
  draftTextContext,
  followUpContext,
} from "@/lib/crypto/personal-columns";
import { isSealed, openField } from "@/lib/crypto/sealed-field";
import { resetEnvForTests } from "@/lib/env";

const previous = process.env.ENCRYPTION_KEYS;
beforeAll(() => {
  process.env.ENCRYPTION_KEYS = `p1:${generateKeyMaterial()}`;
  resetEnvForTests();
});
afterAll(() => {
  if (previous === undefined) delete process.env.ENCRYPTION_KEYS;
  else process.env.ENCRYPTION_KEYS = previous;
  resetEnvForTests();
});

const text = fc.string({ unit: "grapheme", minLength: 1, maxLength: 600 });
const id = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const answerKey = fc.record({
  sessionId: id,
  questionId: id,
  kind: fc.constantFrom("answer", "follow_up"),
  attempt: fc.integer({ min: 1, max: 5 }),
});

describe("sealed personal columns", () => {
  it("round-trip through their column's context, never sealing a value the same way twice", () => {
    fc.assert(
      fc.property(text, answerKey, (value, key) => {
        const a = sealAnswerText(value, key);
        const b = sealAnswerText(value, key);
        expect(isSealed(a)).toBe(true);
        expect(a).not.toBe(b);
        expect(openField(a, answerTextContext(key))).toBe(value);
        expect(openField(b, answerTextContext(key))).toBe(value);
        if (value.length >= 6) expect(a).not.toContain(value);

        const draft = sealDraftText(value, key);
        expect(openField(draft, draftTextContext(key))).toBe(value);
        const name = sealUserName(value, key.sessionId);
        expect(openField(name, userNameContext(key.sessionId))).toBe(value);
        const followUp = sealFollowUp(key.questionId, { prompt: value, point: `${value}.` });
        expect(openField(followUp.prompt, followUpContext(key.questionId, "prompt"))).toBe(value);
        expect(openField(followUp.point, followUpContext(key.questionId, "point"))).toBe(
          `${value}.`,
        );
      }),
      { numRuns: 150 },
    );
  });

  it("personal questions' text and points round-trip, bound to their fingerprint", () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 6 }), fc.string(), (value, points, print) => {
        const sealed = sealPersonalQuestion(print, value, points);
        expect(openField(sealed.questionText, personalQuestionContext(print, "text"))).toBe(value);
        expect(
          openJsonField(
            sealed.expectedAnswerPoints as unknown,
            personalQuestionContext(print, "points"),
          ),
        ).toEqual(points);
        expect(() =>
          openField(sealed.questionText, personalQuestionContext(`${print}x`, "text")),
        ).toThrow();
      }),
      { numRuns: 100 },
    );
  });

  it("evaluations' feedback and evidence, and summaries, round-trip bound to their row", () => {
    const lines = fc.array(text, { maxLength: 4 });
    const evidence = fc.array(
      fc.record({ point: text, covered: fc.boolean(), quote: fc.option(text) }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(
        id,
        lines,
        lines,
        fc.option(text),
        evidence,
        (answerId, strengths, improvements, example, quoted) => {
          const star = quoted.length > 0 ? { situation: quoted[0]!.quote } : null;
          const sealed = sealEvaluationText(answerId, {
            strengths,
            improvements,
            suggestions: improvements,
            exampleAnswer: example,
            evidence: quoted,
            star,
          });
          const open = (field: EvaluationSealedField, value: unknown) =>
            openJsonField(value, evaluationContext(answerId, field));
          expect(open("strengths", sealed.strengths)).toEqual(strengths);
          expect(open("improvements", sealed.improvements)).toEqual(improvements);
          expect(open("suggestions", sealed.suggestions)).toEqual(improvements);
          expect(open("evidence", sealed.evidence)).toEqual(quoted);
          expect(sealed.star === null ? null : open("star", sealed.star)).toEqual(star);
          expect(
            sealed.exampleAnswer === null
              ? null
              : openField(sealed.exampleAnswer, evaluationContext(answerId, "exampleAnswer")),
          ).toEqual(example);
          for (const q of quoted)
            if (q.quote && q.quote.length >= 6)
              expect(JSON.stringify(sealed)).not.toContain(JSON.stringify(q.quote).slice(1, -1));
          // Another answer's row, or another column of the same row, does not open it.
          expect(() => open("improvements", sealed.strengths)).toThrow();
          expect(() =>
            openJsonField(sealed.evidence, evaluationContext(answerId + 1, "evidence")),
          ).toThrow();

          const summary = sealSummaryText(answerId, { strengths, improvements });
          expect(openJsonField(summary.strengths, summaryContext(answerId, "strengths"))).toEqual(
            strengths,
          );
          expect(() =>
            openJsonField(summary.improvements, summaryContext(answerId, "strengths")),
          ).toThrow();
        },
      ),
      { numRuns: 100 },
    );
  });

  it("the answer hash is keyed: equal for the same words in any case and spacing, not a plain SHA-256", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z0-9]{1,10}$/), { minLength: 1, maxLength: 8 }),
        (words) => {
          const normal = words.join(" ");
          const hash = answerHash(normal);
          expect(hash).toMatch(/^[0-9a-f]{64}$/);
          expect(answerHash(`  ${words.join("\n\t ").toUpperCase()} `)).toBe(hash);
          expect(hash).not.toBe(createHash("sha256").update(normal).digest("hex"));
          expect(answerHash(`${normal} x`)).not.toBe(hash);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("a sealed value copied into another row does not open there", () => {
    fc.assert(
      fc.property(text, answerKey, answerKey, (value, key, other) => {
        fc.pre(answerTextContext(key) !== answerTextContext(other));
        expect(() => openField(sealAnswerText(value, key), answerTextContext(other))).toThrow();
      }),
      { numRuns: 100 },
    );
  });

  it("values stored before encryption read as they are", () => {
    fc.assert(
      fc.property(text, answerKey, (value, key) => {
        fc.pre(!isSealed(value));
        expect(openField(value, answerTextContext(key))).toBe(value);
        expect(openJsonField([value], "any")).toEqual([value]);
      }),
      { numRuns: 100 },
    );
  });

  it("the name index matches the whole name or a word of it, in any case and spacing", () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ'-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const index = new Set(nameIndex(words.join(" ")));
        const found = (query: string) => nameSearchTerms(query).some((t) => index.has(t));
        for (const w of words) expect(found(` ${w.toUpperCase()} `)).toBe(true);
        expect(found(words.join("   ").toLowerCase())).toBe(true);
        // A longer name or part of a word is not a match (words hold no digits).
        expect(found(`${words.join(" ")}9`)).toBe(false);
        // No term is the name itself.
        for (const term of index) expect(words).not.toContain(term);
      }),
      { numRuns: 100 },
    );
  });
});
