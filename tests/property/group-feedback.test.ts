/**
 * Summary advice said once: advice given on several answers is lifted out once with the questions
 * it applies to; nothing is lost (every line is either shared or kept on its question, unless it
 * only restates an improvement of its own answer); no question keeps a line shared with another.
 */
import fc from "fast-check";
import {
  adviceKey,
  groupFeedback,
  questionList,
  questionsOf,
  restates,
  type AnswerFeedback,
} from "@/lib/summaries/group-feedback";

const POOL = [
  "Add a concrete example from your own experience to make the answer memorable.",
  'Drop filler words (3 found, e.g. "um", "you know").',
  "You did not address: Explains how an index speeds up reads.",
  "You did not address: Mentions the cost on writes.",
  "Lead with a one-sentence definition, then support it with an example.",
  "Structure the story as Situation → Task → Action → Result, and quantify the result.",
  "Develop the answer further: 40 words is brief for this question.",
];
const lineArb = fc.oneof(
  fc.constantFrom(...POOL),
  fc.constantFrom(...POOL).map((l) => l.toUpperCase()),
  fc.lorem({ maxCount: 8 }),
);
const answersArb = fc
  .array(
    fc.record({
      improvements: fc.array(lineArb, { maxLength: 4 }),
      suggestions: fc.array(lineArb, { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((xs): AnswerFeedback[] => xs.map((x, i) => ({ questionNumber: i + 1, ...x })));

describe("groupFeedback", () => {
  it("keeps every line once: shared across answers, or on its own question", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { shared, perQuestion } = groupFeedback(answers);
        const sharedKeys = new Set(shared.map((s) => adviceKey(s.text)));
        expect(sharedKeys.size).toBe(shared.length);
        for (const a of answers) {
          const own = perQuestion.get(a.questionNumber)!;
          const ownKeys = [...own.improvements, ...own.suggestions].map(adviceKey);
          // No line both shared and kept, and none twice on one question.
          for (const k of ownKeys) expect(sharedKeys.has(k)).toBe(false);
          expect(new Set(ownKeys).size).toBe(ownKeys.length);
          for (const line of a.improvements) {
            const k = adviceKey(line);
            if (!k) continue;
            const kept = own.improvements.some((l) => adviceKey(l) === k);
            const inShared = shared.find((s) => adviceKey(s.text) === k);
            expect(kept || inShared?.questions.includes(a.questionNumber)).toBe(true);
          }
          for (const line of a.suggestions) {
            const k = adviceKey(line);
            if (!k) continue;
            const kept = [...own.improvements, ...own.suggestions].some((l) => adviceKey(l) === k);
            const inShared = shared.some((s) => adviceKey(s.text) === k);
            expect(kept || inShared || restates(line, a.improvements)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("shares a line exactly when two or more answers gave it, naming those answers", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { shared } = groupFeedback(answers);
        for (const s of shared) {
          expect(s.questions.length).toBeGreaterThan(1);
          expect(s.questions).toEqual([...s.questions].sort((a, b) => a - b));
          expect(questionsOf(s.text, answers)).toEqual(expect.arrayContaining(s.questions));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("drops a suggestion that only restates the answer's improvements", () => {
    const { perQuestion, shared } = groupFeedback([
      {
        questionNumber: 1,
        improvements: [
          "You did not address: Explains how an index speeds up reads.",
          "You did not address: Mentions the cost on writes.",
        ],
        suggestions: [
          "Next time, make sure to mention: explains how an index speeds up reads; mentions the cost on writes.",
          "Add a concrete example from your own experience to make the answer memorable.",
        ],
      },
      {
        questionNumber: 3,
        improvements: ["Drop filler words (3 found)."],
        suggestions: [
          "Add a concrete example from your own experience to make the answer memorable.",
        ],
      },
    ]);
    expect(perQuestion.get(1)!.suggestions).toEqual([]);
    expect(perQuestion.get(1)!.improvements).toHaveLength(2);
    expect(shared).toEqual([
      {
        text: "Add a concrete example from your own experience to make the answer memorable.",
        questions: [1, 3],
      },
    ]);
    expect(questionList([1, 3])).toBe("Questions 1 and 3");
    expect(questionList([2])).toBe("Question 2");
    expect(questionList([1, 2, 4])).toBe("Questions 1, 2 and 4");
  });
});
