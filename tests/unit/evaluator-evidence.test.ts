import type { EvaluationInput } from "@/lib/ai/types";
import { overallScore } from "@/lib/evaluations/score";
import { evaluateOffline } from "@/lib/ai/offline/evaluator";

const question: Omit<EvaluationInput, "answerText"> = {
  questionText: "What is the difference between a process and a thread?",
  category: "Technical",
  difficulty: "Easy",
  expectedAnswerPoints: [
    "A process is an independent program in execution with its own address space",
    "Threads run inside a process and share its memory and resources",
    "Creating and switching threads is cheaper than processes",
    "Shared memory between threads needs synchronisation to avoid race conditions",
  ],
};

const answer =
  "  A process is an independent program in execution, and it gets its own address space from the OS.\n" +
  "Threads live inside a process and share its memory and open resources. " +
  "I like coffee in the morning.";

describe("evidence", () => {
  test("marks every expected point, covered or missed, in order", async () => {
    const r = await evaluateOffline({ ...question, answerText: answer });
    expect(r.evidence.map((e) => e.point)).toEqual(question.expectedAnswerPoints);
    expect(r.evidence.map((e) => e.covered)).toEqual([true, true, false, false]);
  });

  test("quotes the covering sentence verbatim with its offsets", async () => {
    const r = await evaluateOffline({ ...question, answerText: answer });
    const [first, second] = r.evidence;
    expect(first!.quote).toBe(
      "A process is an independent program in execution, and it gets its own address space from the OS.",
    );
    expect(second!.quote).toBe(
      "Threads live inside a process and share its memory and open resources.",
    );
    for (const e of r.evidence.filter((x) => x.covered)) {
      expect(answer.slice(e.start!, e.end!)).toBe(e.quote);
      expect(e.score).toBeGreaterThan(0.5);
      expect(e.score).toBeLessThanOrEqual(1);
    }
  });

  test("missed points carry no quote and no offsets", async () => {
    const r = await evaluateOffline({ ...question, answerText: answer });
    for (const e of r.evidence.filter((x) => !x.covered)) {
      expect(e.quote).toBeNull();
      expect(e.start).toBeNull();
      expect(e.end).toBeNull();
      expect(e.score).toBeGreaterThanOrEqual(0);
    }
  });

  test("narrows a quote inside a very long sentence to the clauses that match", async () => {
    const filler =
      "the roadmap, the hiring plan, budgets for the next quarter, office moves, the new coffee machine, " +
      "holiday schedules, the intern programme, security training, the annual party and the parking rules";
    const long = `We discussed ${filler}; creating and switching threads is cheaper than creating processes; and ${filler}.`;
    const r = await evaluateOffline({ ...question, answerText: long });
    const e = r.evidence[2]!;
    expect(e.covered).toBe(true);
    expect(e.quote!.length).toBeLessThan(200);
    expect(e.quote).toContain("creating and switching threads is cheaper");
    expect(long.slice(e.start!, e.end!)).toBe(e.quote);
  });

  test("a contradiction of a point is not coverage and costs technical accuracy", async () => {
    const right = await evaluateOffline({
      ...question,
      answerText: "Threads run inside a process and share its memory and resources.",
    });
    const wrong = await evaluateOffline({
      ...question,
      answerText: "Threads run inside a process but never share memory or resources.",
    });
    expect(right.evidence[1]!.covered).toBe(true);
    expect(wrong.evidence[1]!.covered).toBe(false);
    expect(wrong.technicalAccuracy).toBeLessThan(right.technicalAccuracy);
    expect(wrong.improvements.some((s) => s.startsWith("Your answer contradicts"))).toBe(true);
  });

  test("covering more points scores higher, and overall always follows overallScore()", async () => {
    const sentences = [
      "A process is an independent program in execution with its own address space.",
      "Threads run inside a process and share its memory.",
      "Switching between threads is cheaper than switching processes.",
      "Because memory is shared, threads need locks or other synchronisation to avoid race conditions.",
    ];
    let previous = -1;
    for (let n = 1; n <= sentences.length; n++) {
      const r = await evaluateOffline({ ...question, answerText: sentences.slice(0, n).join(" ") });
      expect(r.contentQuality).toBeGreaterThan(previous);
      expect(r.overallScore).toBe(overallScore(r));
      previous = r.contentQuality;
    }
  });
});
