import type { EvaluationInput } from "@/lib/ai/types";
import { analyse } from "@/lib/ai/offline/nlp/analyse";
import { wordVectors } from "@/lib/ai/offline/nlp/embeddings";
import { termSimilarity } from "@/lib/ai/offline/evaluator/align";
import { buildContext, pointBody } from "@/lib/ai/offline/evaluator/context";
import { matchPoint } from "@/lib/ai/offline/evaluator/coverage";
import { type Term, termsOf } from "@/lib/ai/offline/evaluator/terms";

const vectors = wordVectors();

function term(word: string): Term {
  const t = termsOf(analyse(word), vectors)[0];
  if (!t) throw new Error(`no content term in ${word}`);
  return t;
}

const sim = (a: string, b: string) => termSimilarity(term(a), term(b), vectors);

function input(question: string, points: string[], answerText: string): EvaluationInput {
  return {
    questionText: question,
    category: "Technical",
    difficulty: "Medium",
    expectedAnswerPoints: points,
    answerText,
  };
}

describe("termSimilarity", () => {
  test("identical words, lemmas and stems match fully", () => {
    expect(sim("thread", "thread")).toBe(1);
    expect(sim("running", "runs")).toBe(1);
    expect(sim("queues", "queue")).toBe(1);
  });

  test("derived forms and typos match as variants", () => {
    expect(sim("reusability", "reused")).toBeCloseTo(0.9);
    expect(sim("encapsulation", "encapsulated")).toBeGreaterThanOrEqual(0.9);
    expect(sim("recursion", "recurison")).toBeCloseTo(0.9);
  });

  test("a shared root whose meaning drifted is vetoed by the vectors", () => {
    expect(sim("regularisation", "regularly")).toBe(0);
    expect(sim("pointer", "point")).toBeLessThan(0.5);
    expect(sim("general", "generate")).toBeLessThan(0.5);
  });

  test("near-synonyms match softly, graded by cosine", () => {
    const s = sim("inexpensive", "cheap");
    expect(s).toBeGreaterThan(0.5);
    expect(s).toBeLessThan(1);
  });

  test("opposites never match, however close their vectors", () => {
    expect(vectors!.cosine(vectors!.id("fast"), vectors!.id("slow"))).toBeGreaterThan(0.7);
    expect(sim("fast", "slow")).toBe(0);
    expect(sim("insertion", "deletion")).toBe(0);
  });

  test("frequent words only match exactly (first/last, one/two sit close in vector space)", () => {
    expect(sim("first", "last")).toBe(0);
    expect(sim("one", "two")).toBe(0);
  });

  test("unrelated words do not match", () => {
    expect(sim("thread", "banana")).toBe(0);
  });
});

describe("matchPoint", () => {
  const question = "What is the difference between a process and a thread?";
  const point = "A process has its own private address space";

  test("question demotion: repeating the question's words covers nothing", () => {
    const ctx = buildContext(
      input(question, [point], "A process is different from a thread. A process is a process."),
    );
    const m = matchPoint(ctx.points[0]!, ctx);
    expect(m.recall).toBe(0);
    expect(m.span).toBeNull();
  });

  test("the point's own words, in other forms, cover it", () => {
    const ctx = buildContext(
      input(question, [point], "Each process owns a private address space of its own."),
    );
    const m = matchPoint(ctx.points[0]!, ctx);
    expect(m.recall).toBeGreaterThan(0.8);
    expect(m.exact).toBeGreaterThan(0.8);
  });

  test("one answer word cannot stand for two different reference words", () => {
    const ctx = buildContext(input("Why choose it?", ["cheap affordable"], "It is inexpensive."));
    const m = matchPoint(ctx.points[0]!, ctx);
    expect(m.recall).toBeGreaterThan(0);
    expect(m.recall).toBeLessThan(0.6);
  });

  test("coverage must come from one passage, not words scattered over the answer", () => {
    const points = ["Threads share memory, files and sockets"];
    const together = buildContext(
      input(question, points, "Threads share memory, files and sockets."),
    );
    const scattered = buildContext(
      input(
        question,
        points,
        "Memory matters. The weather is nice. Files are stored on disk. I like tea. Lunch was late. Sockets carry data.",
      ),
    );
    expect(matchPoint(together.points[0]!, together).recall).toBeGreaterThan(
      matchPoint(scattered.points[0]!, scattered).recall + 0.3,
    );
  });

  test("rubric lead-ins are not part of what must be matched", () => {
    expect(pointBody("Describes the situation and why it was urgent")).toBe(
      "the situation and why it was urgent",
    );
    expect(pointBody("A process is a program in execution")).toBe(
      "A process is a program in execution",
    );
  });
});
