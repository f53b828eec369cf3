import type { EvaluationInput } from "@/lib/ai/types";
import { analyse } from "@/lib/ai/offline/nlp/analyse";
import { evaluateOffline } from "@/lib/ai/offline/evaluator";
import { detectStar, labelSentences, starRoleOfPoint } from "@/lib/ai/offline/evaluator/star";

const behavioral: Omit<EvaluationInput, "answerText"> = {
  questionText:
    "Tell me about a time you had to debug a difficult production issue under time pressure.",
  category: "Behavioral",
  difficulty: "Medium",
  expectedAnswerPoints: [
    "Describes the situation and why it was urgent",
    "States their own responsibility in resolving it",
    "Explains the concrete debugging steps taken, such as logs, metrics and reproducing the issue",
    "Gives a measurable result and what was changed to prevent a recurrence",
  ],
};

const situation =
  "Last year at my previous company, our checkout service started failing during the Black Friday sale.";
const task = "I was the on-call engineer, so my job was to restore payments as fast as possible.";
const action =
  "I checked the error logs and the latency metrics, reproduced the failure in staging, and found a connection pool that was too small.";
const result =
  "As a result, payments recovered within 20 minutes, and we added an alert on pool saturation to prevent a recurrence.";
const full = [situation, task, action, result].join(" ");

describe("STAR detection", () => {
  test("labels each sentence of a complete story", () => {
    expect(labelSentences(analyse(full))).toEqual(["situation", "task", "action", "result"]);
  });

  test("quotes each part verbatim", () => {
    const { breakdown, evidence } = detectStar(analyse(full));
    expect(breakdown).toEqual({ situation, task, action, result });
    for (const e of evidence) expect(full.slice(e.start, e.end)).toBe(e.text);
  });

  test("leaves absent parts null", () => {
    const { breakdown } = detectStar(analyse([situation, action].join(" ")));
    expect(breakdown.situation).toBe(situation);
    expect(breakdown.action).toBe(action);
    expect(breakdown.task).toBeNull();
    expect(breakdown.result).toBeNull();
  });

  test("reads which STAR part a rubric point asks for", () => {
    expect(behavioral.expectedAnswerPoints.map(starRoleOfPoint)).toEqual([
      "situation",
      "task",
      "action",
      "result",
    ]);
    expect(starRoleOfPoint("A process has its own address space")).toBeNull();
  });
});

describe("behavioural scoring", () => {
  test("a full STAR story fills the breakdown and covers every point", async () => {
    const r = await evaluateOffline({ ...behavioral, answerText: full });
    expect(r.star).toEqual({ situation, task, action, result });
    expect(r.evidence.every((e) => e.covered)).toBe(true);
    expect(r.overallScore).toBeGreaterThanOrEqual(75);
    expect(r.improvements.some((s) => s.includes("STAR"))).toBe(false);
  });

  test("a missing result lowers content and clarity and asks for it specifically", async () => {
    const fullResult = await evaluateOffline({ ...behavioral, answerText: full });
    const r = await evaluateOffline({
      ...behavioral,
      answerText: [situation, task, action].join(" "),
    });
    expect(r.star!.result).toBeNull();
    expect(r.contentQuality).toBeLessThan(fullResult.contentQuality);
    expect(r.clarity).toBeLessThan(fullResult.clarity);
    expect(r.improvements.some((s) => s.startsWith("Missing STAR result"))).toBe(true);
    expect(r.exampleAnswer).toMatch(/^Situation:.*\nTask:.*\nAction:.*\nResult:/s);
  });

  test("an action-only answer is weaker than the full story", async () => {
    const fullResult = await evaluateOffline({ ...behavioral, answerText: full });
    const r = await evaluateOffline({ ...behavioral, answerText: action });
    expect(r.star).toMatchObject({ situation: null, task: null, result: null });
    expect(r.overallScore).toBeLessThan(fullResult.overallScore - 15);
  });

  test("non-behavioural questions have no STAR breakdown", async () => {
    const r = await evaluateOffline({ ...behavioral, category: "Technical", answerText: full });
    expect(r.star).toBeNull();
  });
});
