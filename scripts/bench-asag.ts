// ASAG benchmark of the offline evaluator: grades short answers (UNT/Mohler format, JSONL) with the
// exact code path the product uses, maps overall 0–100 to the 0–5 gold scale with one fixed global
// curve, and reports Pearson / Spearman / RMSE. `--cv K` re-fits that curve on K−1 folds of questions
// and scores the held-out fold, for an out-of-sample figure.
//
// Usage: npm run bench:asag -- <file.jsonl> [--out predictions.jsonl] [--cv 5]
import { readFileSync, writeFileSync } from "node:fs";
import type { EvaluationInput } from "@/lib/ai/types";
import { analyse } from "@/lib/ai/offline/nlp/analyse";
import { evaluateWith, warmUp } from "@/lib/ai/offline/evaluator";

interface Row {
  question_id: string;
  answer_id: string;
  question: string;
  reference_answer: string;
  student_answer: string;
  score?: number | null;
}

type Curve = ReadonlyArray<readonly [overall: number, grade: number]>;

/**
 * Overall (0–100) → grade (0–5): piecewise-linear through these knots, fitted once on the dev split
 * (monotone, global). Graders are lenient, so a half-covered answer already earns about 4 of 5.
 */
const GRADE_CURVE: Curve = [
  [0, 0],
  [10, 1.05],
  [20, 3.45],
  [35, 3.45],
  [50, 4.12],
  [65, 4.17],
  [80, 4.52],
  [100, 5],
];

const KNOTS = [0, 10, 20, 35, 50, 65, 80, 100];

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

/** The reference answer as expected points: one per sentence or semicolon-separated clause. */
function referencePoints(reference: string): string[] {
  const a = analyse(reference);
  const points = a.sentences
    .flatMap((s) => reference.slice(s.start, s.end).split(/;\s*/))
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  return points.length ? points : [reference];
}

function inputOf(row: Row): EvaluationInput {
  return {
    questionText: row.question,
    category: "Technical",
    difficulty: "Medium",
    expectedAnswerPoints: referencePoints(row.reference_answer ?? ""),
    answerText: row.student_answer ?? "",
  };
}

function toGrade(overall: number, curve: Curve = GRADE_CURVE): number {
  for (let k = 1; k < curve.length; k++) {
    const [x0, y0] = curve[k - 1]!;
    const [x1, y1] = curve[k]!;
    if (overall <= x1) return y0 + ((y1 - y0) * (Math.max(overall, x0) - x0)) / (x1 - x0);
  }
  return curve[curve.length - 1]![1];
}

/** Least-squares knot values for a piecewise-linear curve, made monotone by pooling adjacent violators. */
function fitCurve(xs: number[], ys: number[]): Curve {
  const k = KNOTS.length;
  const ata = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const aty = new Array<number>(k).fill(0);
  xs.forEach((x, i) => {
    const basis = KNOTS.map((_, j) => {
      const left = KNOTS[j - 1];
      const mid = KNOTS[j]!;
      const right = KNOTS[j + 1];
      if (x === mid) return 1;
      if (left !== undefined && x > left && x < mid) return (x - left) / (mid - left);
      if (right !== undefined && x > mid && x < right) return (right - x) / (right - mid);
      return 0;
    });
    for (let a = 0; a < k; a++) {
      aty[a]! += basis[a]! * ys[i]!;
      for (let b = 0; b < k; b++) ata[a]![b]! += basis[a]! * basis[b]!;
    }
  });
  // Ridge towards the straight line 0→5 keeps empty knots sensible.
  const prior = KNOTS.map((x) => x / 20);
  const lambda = 2;
  for (let a = 0; a < k; a++) {
    ata[a]![a]! += lambda;
    aty[a]! += lambda * prior[a]!;
  }
  const values = solve(ata, aty);
  const blocks: Array<{ sum: number; n: number }> = [];
  for (const v of values) {
    blocks.push({ sum: v, n: 1 });
    while (
      blocks.length > 1 &&
      blocks[blocks.length - 2]!.sum / blocks[blocks.length - 2]!.n >
        blocks[blocks.length - 1]!.sum / blocks[blocks.length - 1]!.n
    ) {
      const top = blocks.pop()!;
      blocks[blocks.length - 1]!.sum += top.sum;
      blocks[blocks.length - 1]!.n += top.n;
    }
  }
  const mono = blocks.flatMap((b) => new Array<number>(b.n).fill(b.sum / b.n));
  return KNOTS.map((x, j) => [x, Math.min(5, Math.max(0, mono[j]!))] as const);
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

function ranks(x: number[]): number[] {
  const order = x.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(x.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

function rmse(x: number[], y: number[]): number {
  return Math.sqrt(x.reduce((s, v, i) => s + (v - y[i]!) ** 2, 0) / x.length);
}

function metrics(pred: number[], gold: number[]): string {
  return `pearson=${pearson(pred, gold).toFixed(4)} spearman=${pearson(ranks(pred), ranks(gold)).toFixed(4)} rmse=${rmse(pred, gold).toFixed(4)} n=${pred.length}`;
}

function questionOrder(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
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
  const rows = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  await warmUp();
  const t0 = performance.now();
  const inputs = rows.map(inputOf);
  const overall = inputs.map((input) => evaluateWith(input).overallScore);
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
