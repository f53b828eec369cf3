import type { EvaluationInput } from "@/lib/ai/types";
import { evaluateOffline } from "@/lib/ai/offline/evaluator";
import { shorten } from "@/lib/ai/offline/evaluator/feedback";

const question: Omit<EvaluationInput, "answerText"> = {
  questionText: "What is a database index and what does it cost?",
  category: "Technical",
  difficulty: "Medium",
  expectedAnswerPoints: [
    "An index is a separate data structure, usually a B-tree, that speeds up lookups on a column",
    "It avoids scanning the whole table for selective queries",
    "Every insert, update and delete must also update the index, which slows writes",
    "Indexes use extra disk space and memory",
  ],
};

const partial =
  "An index is a separate data structure, usually a B-tree, that makes lookups on a column much faster. " +
  "With it the database does not have to scan the whole table for a selective query.";

describe("feedback", () => {
  test("strengths name the covered points and quote the answer", async () => {
    const r = await evaluateOffline({ ...question, answerText: partial });
    expect(r.strengths[0]).toMatch(/^You covered "An index is a separate data structure/);
    expect(r.strengths.join(" ")).toContain("('An index is a separate data structure");
  });

  test("improvements name each missed point", async () => {
    const r = await evaluateOffline({ ...question, answerText: partial });
    expect(r.improvements).toContain(
      "You did not address: Every insert, update and delete must also update the index, which slows writes.",
    );
    expect(r.improvements).toContain(
      "You did not address: Indexes use extra disk space and memory.",
    );
    expect(r.suggestions[0]).toMatch(/^Next time, make sure to mention: Every insert/);
  });

  test("hedging and fillers are called out and lower confidence only", async () => {
    const hedged =
      "Um, I think an index is maybe a separate data structure, probably a B-tree, that makes lookups on a column faster, I guess. " +
      "You know, the database, like, kind of does not have to scan the whole table, I'm not sure.";
    const sure = await evaluateOffline({ ...question, answerText: partial });
    const unsure = await evaluateOffline({ ...question, answerText: hedged });
    expect(unsure.confidence).toBeLessThan(sure.confidence - 25);
    expect(unsure.improvements.some((s) => s.startsWith("Cut the hedging"))).toBe(true);
    expect(unsure.improvements.some((s) => s.startsWith("Drop filler words"))).toBe(true);
  });

  test("going round in circles costs clarity", async () => {
    const circular = Array.from({ length: 6 }, () => partial).join(" ");
    const once = await evaluateOffline({ ...question, answerText: partial });
    const r = await evaluateOffline({ ...question, answerText: circular });
    expect(r.clarity).toBeLessThan(once.clarity - 15);
  });

  test("flags come with specific advice", async () => {
    const r = await evaluateOffline({ ...question, answerText: "I don't know." });
    expect(r.improvements[0]).toMatch(/did not attempt an answer/);
    expect(r.strengths).toEqual([]);
  });

  test("the example answer is composed from the expected points", async () => {
    const r = await evaluateOffline({ ...question, answerText: partial });
    for (const p of question.expectedAnswerPoints) expect(r.exampleAnswer).toContain(p);
  });

  test("shorten cuts on a word boundary", () => {
    expect(shorten("short")).toBe("short");
    const s = shorten("one two three four five six seven eight nine ten", 20);
    expect(s.length).toBeLessThanOrEqual(21);
    expect(s.endsWith("…")).toBe(true);
    expect(s).not.toMatch(/\s…$/);
  });
});
