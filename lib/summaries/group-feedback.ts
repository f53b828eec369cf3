/**
 * Advice on a summary, said once: the evaluator writes improvements and suggestions per answer,
 * so the same advice ("Add a concrete example…") comes back on every answer, and a suggestion
 * often restates an improvement of the same answer ("You did not address: X" / "Next time,
 * mention: X"). Pure: the summary page renders what this returns.
 */

export interface AnswerFeedback {
  questionNumber: number;
  improvements: string[];
  suggestions: string[];
}

export interface SharedAdvice {
  text: string;
  /** The question numbers it was given on, ascending (two or more). */
  questions: number[];
}

export interface GroupedFeedback {
  /** Advice given on two or more answers, once each, in the order first given. */
  shared: SharedAdvice[];
  /** Per question number: its own advice, without the shared and without restatements. */
  perQuestion: Map<number, { improvements: string[]; suggestions: string[] }>;
}

/** Two lines are the same advice when they read the same ignoring case, quotes and punctuation. */
export function adviceKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// Words of the advice templates, not of its subject: "Next time, make sure to mention: X".
const FRAME_WORDS = new Set(
  "a an and answer are as at be by did do does for from in is it mention next not of on or make sure the this time to you your address addressed include cover covered should with".split(
    " ",
  ),
);

function subjectWords(text: string): string[] {
  return adviceKey(text)
    .split(" ")
    .filter((w) => w.length > 2 && !FRAME_WORDS.has(w));
}

/**
 * A suggestion restates the improvements when nearly all of its subject words (at least 80 %)
 * are already in them; a suggestion with no subject words of its own restates nothing.
 */
export function restates(suggestion: string, improvements: string[]): boolean {
  const words = subjectWords(suggestion);
  if (words.length === 0) return false;
  const known = new Set(improvements.flatMap(subjectWords));
  return words.filter((w) => known.has(w)).length / words.length >= 0.8;
}

function uniqueByKey(lines: string[]): string[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = adviceKey(line);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function groupFeedback(answers: AnswerFeedback[]): GroupedFeedback {
  const cleaned = answers.map((a) => {
    const improvements = uniqueByKey(a.improvements);
    const suggestions = uniqueByKey(a.suggestions).filter(
      (s) => !improvements.some((i) => adviceKey(i) === adviceKey(s)) && !restates(s, improvements),
    );
    return { questionNumber: a.questionNumber, improvements, suggestions };
  });

  const givenOn = new Map<string, { text: string; questions: Set<number> }>();
  for (const a of cleaned) {
    for (const line of [...a.improvements, ...a.suggestions]) {
      const key = adviceKey(line);
      const entry = givenOn.get(key) ?? { text: line, questions: new Set<number>() };
      entry.questions.add(a.questionNumber);
      givenOn.set(key, entry);
    }
  }
  const isShared = (line: string) => (givenOn.get(adviceKey(line))?.questions.size ?? 0) > 1;

  return {
    shared: [...givenOn.values()]
      .filter((e) => e.questions.size > 1)
      .map((e) => ({ text: e.text, questions: [...e.questions].sort((x, y) => x - y) })),
    perQuestion: new Map(
      cleaned.map((a) => [
        a.questionNumber,
        {
          improvements: a.improvements.filter((l) => !isShared(l)),
          suggestions: a.suggestions.filter((l) => !isShared(l)),
        },
      ]),
    ),
  };
}

/** The questions a summary-level line came from (none for session-wide advice). */
export function questionsOf(line: string, answers: AnswerFeedback[]): number[] {
  const key = adviceKey(line);
  return answers
    .filter((a) => [...a.improvements, ...a.suggestions].some((l) => adviceKey(l) === key))
    .map((a) => a.questionNumber)
    .sort((x, y) => x - y);
}

/** "Question 2" / "Questions 1 and 3" / "Questions 1, 2 and 4". */
export function questionList(numbers: number[]): string {
  if (numbers.length === 0) return "";
  if (numbers.length === 1) return `Question ${numbers[0]}`;
  return `Questions ${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
}
