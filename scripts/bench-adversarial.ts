// Adversarial benchmark of the offline evaluator: answers that say nothing useful (copies of the
// question, gibberish, "don't know", instructions to the grader, answers to another question,
// keyword salads) and reference answers, each graded on the product's code path and mapped to 0–5
// with the bench:asag curve. Prints the mean grade per kind; the last line is machine-readable.
//
// Usage: npm run bench:adversarial -- <file.jsonl> []
import { evaluateWith, warmUp } from "@/lib/ai/offline/evaluator";
import { MODEL } from "@/lib/ai/offline/evaluator/model";
import { type Row, inputOf, questionsOf, readRows, toGrade } from "./lib/asag";

const KINDS = [
  "copy_question",
  "gibberish",
  "dont_know",
  "injection",
  "off_topic",
  "keyword_salad",
  "reference",
] as const;

interface AdversarialRow extends Row {
  kind: string;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new Error("usage: bench-adversarial <file.jsonl> []");
  const rows = readRows<AdversarialRow>(file);
  await warmUp();
  const byKind = new Map<string, { grades: number[]; overall: number[]; flagged: number }>();
  const others = questionsOf(rows);
  for (const row of rows) {
    const result = evaluateWith(inputOf(row), MODEL, others);
    const entry = byKind.get(row.kind) ?? { grades: [], overall: [], flagged: 0 };
    entry.grades.push(toGrade(result.overallScore));
    entry.overall.push(result.overallScore);
    if (result.flags.some((f) => f !== "too_short")) entry.flagged++;
    byKind.set(row.kind, entry);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  for (const [kind, e] of byKind)
    console.log(
      `${kind.padEnd(14)} n=${String(e.grades.length).padStart(3)} grade=${mean(e.grades).toFixed(3)} ` +
        `overall=${mean(e.overall).toFixed(1)} max_overall=${Math.max(...e.overall)} flagged=${e.flagged}`,
    );
  console.log(KINDS.map((k) => `${k}=${mean(byKind.get(k)?.grades ?? []).toFixed(3)}`).join(" "));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
