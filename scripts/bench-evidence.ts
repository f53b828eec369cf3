// Evidence benchmark: runs the offline evaluator on the labelled answer × expected-point pairs of
// benchmarks/evidence/evidence-set.jsonl (docs/evidence-labelling.md) and reports how often a point
// marked covered really is covered with a quote that supports it (precision), and how many covered
// points are found with a supporting quote (recall), for the tuning part, the held-out part, and
// all pairs (last line).
//
// Usage: npm run bench:evidence [-- <file.jsonl>]
import { readFileSync } from "node:fs";
import { evaluateWith, warmUp } from "@/lib/ai/offline/evaluator";
import type { EvidencePair } from "./build-evidence-set";

const DEFAULT_FILE = "benchmarks/evidence/evidence-set.jsonl";
/** A quote supports the point when at least this share of it lies inside a labelled span. */
const SUPPORT_SHARE = 0.5;

interface Outcome {
  pair: EvidencePair;
  predicted: boolean;
  supported: boolean;
}

function overlap(start: number, end: number, spans: ReadonlyArray<[number, number]>): number {
  let n = 0;
  for (const [s, e] of spans) n += Math.max(0, Math.min(end, e) - Math.max(start, s));
  return n;
}

function judge(pair: EvidencePair): Outcome {
  const result = evaluateWith({
    questionText: pair.question,
    category: pair.category,
    difficulty: "Medium",
    expectedAnswerPoints: pair.points,
    answerText: pair.answer,
  });
  const e = result.evidence[pair.pointIndex];
  const predicted = e?.covered === true;
  const supported =
    predicted &&
    e.start !== null &&
    e.end !== null &&
    e.end > e.start &&
    overlap(e.start, e.end, pair.spans) >= SUPPORT_SHARE * (e.end - e.start);
  return { pair, predicted, supported };
}

function scores(outcomes: readonly Outcome[]): string {
  const predicted = outcomes.filter((o) => o.predicted).length;
  const gold = outcomes.filter((o) => o.pair.covered).length;
  const right = outcomes.filter((o) => o.pair.covered && o.supported).length;
  const p = predicted > 0 ? right / predicted : 1;
  const r = gold > 0 ? right / gold : 1;
  return `evidence_precision=${p.toFixed(3)} evidence_recall=${r.toFixed(3)} n=${outcomes.length}`;
}

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? DEFAULT_FILE;
  const pairs = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvidencePair);
  await warmUp();
  const outcomes = pairs.map(judge);
  for (const kind of [...new Set(pairs.map((p) => p.kind))]) {
    const of = outcomes.filter((o) => o.pair.kind === kind);
    const marked = of.filter((o) => o.predicted).length;
    const supported = of.filter((o) => o.supported).length;
    console.log(
      `${kind.padEnd(15)} n=${String(of.length).padStart(3)} gold_covered=${of.filter((o) => o.pair.covered).length} marked_covered=${marked} supported=${supported}`,
    );
  }
  console.log(`tune    ${scores(outcomes.filter((o) => o.pair.split === "tune"))}`);
  console.log(`heldout ${scores(outcomes.filter((o) => o.pair.split === "heldout"))}`);
  console.log(scores(outcomes));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
