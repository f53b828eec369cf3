// ASAG benchmark of the offline evaluator: grades short answers (UNT/Mohler format, JSONL) with the
// exact code path the product uses, maps overall 0–100 to the 0–5 gold scale with one fixed global
// curve, and reports Pearson / Spearman / RMSE. `--cv K` re-fits that curve on K−1 folds of questions
// and scores the held-out fold, for an out-of-sample figure.
//
// Usage: npm run bench:asag -- <file.jsonl> [--out predictions.jsonl] [--cv 5]
import { writeFileSync } from "node:fs";
import { evaluateWith, warmUp } from "@/lib/ai/offline/evaluator";
import { MODEL } from "@/lib/ai/offline/evaluator/model";
import {
  type Row,
  fitCurve,
  inputOf,
  metrics,
  pearson,
  questionOrder,
  questionsOf,
  readRows,
  rmse,
  toGrade,
} from "./lib/asag";

function parseArgs(argv: string[]): { file: string; out: string | null; cv: number } {
  const args = [...argv];
  let out: string | null = null;
  let cv = 0;
  let file: string | null = null;
  while (args.length) {
    const a = args.shift()!;
    if (a === "--out") out = args.shift() ?? null;
    else if (a === "--cv") cv = Number(args.shift() ?? "5");
    else if (!file) file = a;
  }
  if (!file) throw new Error("usage: bench-asag <file.jsonl> [--out predictions.jsonl] [--cv K]");
  return { file, out, cv };
}

function crossValidate(rows: Row[], overall: number[], folds: number): void {
  const qids = [...new Set(rows.map((r) => r.question_id))].sort(questionOrder);
  const foldOf = new Map(qids.map((q, i) => [q, i % folds]));
  const gold = rows.map((r) => r.score!);
  const pred = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const train = rows.map((_, i) => i).filter((i) => foldOf.get(rows[i]!.question_id) !== f);
    const curve = fitCurve(
      train.map((i) => overall[i]!),
      train.map((i) => gold[i]!),
    );
    rows.forEach((r, i) => {
      if (foldOf.get(r.question_id) === f) pred[i] = toGrade(overall[i]!, curve);
    });
  }
  console.log(`cv(${folds}-fold by question, curve re-fitted per fold) ${metrics(pred, gold)}`);
  const all = fitCurve(overall, gold);
  console.log(
    `curve fitted on all rows: ${all.map(([x, y]) => `[${x}, ${y.toFixed(2)}]`).join(", ")}`,
  );
}

async function main(): Promise<void> {
  const { file, out, cv } = parseArgs(process.argv.slice(2));
  const rows = readRows(file);
  await warmUp();
  const t0 = performance.now();
  const inputs = rows.map(inputOf);
  const others = questionsOf(rows);
  const overall = inputs.map((input) => evaluateWith(input, MODEL, others).overallScore);
  const pred = overall.map((o) => toGrade(o));
  const ms = performance.now() - t0;
  if (out)
    writeFileSync(
      out,
      rows
        .map((r, i) => JSON.stringify({ answer_id: r.answer_id, predicted: +pred[i]!.toFixed(4) }))
        .join("\n") + "\n",
    );
  console.log(
    `evaluated ${rows.length} answers in ${(ms / 1000).toFixed(1)} s (${(ms / Math.max(1, rows.length)).toFixed(2)} ms/answer)`,
  );

  // Lines without a gold score are predicted but left out of the metrics.
  const graded = rows.map((r, i) => ({ r, i })).filter(({ r }) => typeof r.score === "number");
  if (graded.length === 0) {
    console.log(`pearson=nan spearman=nan rmse=nan n=${rows.length}`);
    return;
  }
  const gold = graded.map(({ r }) => r.score!);
  const gradedOverall = graded.map(({ i }) => overall[i]!);
  const mean = gold.reduce((a, b) => a + b, 0) / gold.length;
  if (cv > 1)
    crossValidate(
      graded.map(({ r }) => r),
      gradedOverall,
      cv,
    );
  console.log(
    `raw overall 0-100 vs gold, before the curve: pearson=${pearson(gradedOverall, gold).toFixed(4)}`,
  );
  const constant = rmse(
    gold.map(() => mean),
    gold,
  );
  console.log(`constant-mean predictor (${mean.toFixed(3)}): rmse=${constant.toFixed(4)}`);
  console.log(
    metrics(
      graded.map(({ i }) => pred[i]!),
      gold,
    ),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
