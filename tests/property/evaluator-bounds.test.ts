/**
 * Bounds on answers that say nothing (issue 9): on bank questions, with the product's built-in
 * provider (which checks answers against the bank), no answer made only of the question's words,
 * fillers, give-ups, pseudo-words or instructions to the grader scores above the product bounds
 * (overall ≤ 10 for copies, gibberish, "don't know" and injections; ≤ 25 for salads of the
 * rubric's words). fast-check, ≥ 100 runs each.
 */
import fc from "fast-check";
import type { EvaluationInput } from "@/lib/ai/types";
import { builtinProvider } from "@/lib/ai/offline/builtin-provider";
import { warmUp } from "@/lib/ai/offline/evaluator";
import { questionBank } from "@/lib/questions/bank/load";
import {
  GIVE_UPS,
  copyOf,
  filler,
  instruction,
  pseudoWords,
  questionWordsOf,
  saladOf,
} from "../helpers/adversarial-answers";

type Question = Omit<EvaluationInput, "answerText">;

const QUESTIONS: Question[] = questionBank()
  .questions.filter((_, i) => i % 17 === 5)
  .map((q) => ({
    questionText: q.text,
    category: q.category,
    difficulty: q.difficulty,
    role: q.role,
    expectedAnswerPoints: q.points,
  }));
const question = fc.constantFrom(...QUESTIONS);

const overall = async (q: Question, answerText: string) =>
  (await builtinProvider.evaluateAnswer({ ...q, answerText })).overallScore;

const RUNS = { numRuns: 100 };

beforeAll(() => warmUp(), 60_000);

describe("answers that say nothing stay under the product bounds", () => {
  test("a copy of the question, verbatim or wrapped: ≤ 10", async () => {
    await fc.assert(
      fc.asyncProperty(
        question.chain((q) => fc.tuple(fc.constant(q), copyOf(q.questionText))),
        async ([q, answer]) => {
          expect(await overall(q, answer)).toBeLessThanOrEqual(10);
        },
      ),
      RUNS,
    );
  });

  test("any selection of the question's own words, in any order: ≤ 25", async () => {
    await fc.assert(
      fc.asyncProperty(
        question.chain((q) => fc.tuple(fc.constant(q), questionWordsOf(q.questionText))),
        async ([q, answer]) => {
          expect(await overall(q, answer)).toBeLessThanOrEqual(25);
        },
      ),
      RUNS,
    );
  });

  test("fillers and give-ups: ≤ 10", async () => {
    const noAnswer = fc.oneof(
      filler,
      fc.constantFrom(...GIVE_UPS),
      fc
        .tuple(filler, fc.constantFrom(...GIVE_UPS))
        .map(([f, g]) => `${f}, ${g.charAt(0).toLowerCase()}${g.slice(1)}`),
    );
    await fc.assert(
      fc.asyncProperty(question, noAnswer, async (q, answer) => {
        expect(await overall(q, answer)).toBeLessThanOrEqual(10);
      }),
      RUNS,
    );
  });

  test("instructions to the grader, alone or with fillers: ≤ 10", async () => {
    const answer = fc.oneof(
      instruction,
      fc.tuple(filler, instruction).map(([f, i]) => `${f}. ${i}`),
    );
    await fc.assert(
      fc.asyncProperty(question, answer, async (q, text) => {
        expect(await overall(q, text)).toBeLessThanOrEqual(10);
      }),
      RUNS,
    );
  });

  test("pseudo-words: ≤ 10", async () => {
    await fc.assert(
      fc.asyncProperty(question, pseudoWords, async (q, answer) => {
        expect(await overall(q, answer)).toBeLessThanOrEqual(10);
      }),
      RUNS,
    );
  });

  test("the rubric's words shuffled into a salad: ≤ 25", async () => {
    await fc.assert(
      fc.asyncProperty(
        question.chain((q) =>
          fc.tuple(fc.constant(q), saladOf(q.questionText, q.expectedAnswerPoints)),
        ),
        async ([q, answer]) => {
          expect(await overall(q, answer)).toBeLessThanOrEqual(25);
        },
      ),
      RUNS,
    );
  });
});
