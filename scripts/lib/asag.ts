// Shared pieces of the ASAG benchmarks (bench-asag, bench-adversarial, bench-evidence): the row
// format, how a row becomes an evaluator input, the fixed overall → 0–5 grade curve and the metrics.
import { readFileSync } from "node:fs";
import type { EvaluationInput } from "@/lib/ai/types";
import { analyse } from "@/lib/ai/offline/nlp/analyse";
import type { OtherQuestion } from "@/lib/ai/offline/evaluator/other-questions";

export interface Row {
  question_id: string;
  answer_id: string;
  question: string;
  reference_answer: string;
  student_answer: string;
  score?: number | null;
}

export type Curve = ReadonlyArray<readonly [overall: number, grade: number]>;

/**
 * Overall (0–100) → grade (0–5): piecewise-linear through these knots, fitted once on the dev split
 * (monotone, global). Graders are lenient, so a half-covered answer already earns about 4 of 5.
 */
export const GRADE_CURVE: Curve = [
  [0, 0],
  [10, 1.05],
  [20, 3.45],
  [35, 3.45],
  [50, 4.12],
  [65, 4.17],
  [80, 4.52],
  [100, 5],
];

export const KNOTS = [0, 10, 20, 35, 50, 65, 80, 100];

/** The reference answer as expected points: one per sentence or semicolon-separated clause. */
export function referencePoints(reference: string): string[] {
  const a = analyse(reference);
  const points = a.sentences
    .flatMap((s) => reference.slice(s.start, s.end).split(/;\s*/))
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  return points.length ? points : [reference];
}

export function inputOf(row: Row): EvaluationInput {
  return {
    questionText: row.question,
    category: "Technical",
    difficulty: "Medium",
    expectedAnswerPoints: referencePoints(row.reference_answer ?? ""),
    answerText: row.student_answer ?? "",
  };
}

export function toGrade(overall: number, curve: Curve = GRADE_CURVE): number {
  for (let k = 1; k < curve.length; k++) {
    const [x0, y0] = curve[k - 1]!;
    const [x1, y1] = curve[k]!;
    if (overall <= x1) return y0 + ((y1 - y0) * (Math.max(overall, x0) - x0)) / (x1 - x0);
  }
  return curve[curve.length - 1]![1];
}

/** Least-squares knot values for a piecewise-linear curve, made monotone by pooling adjacent violators. */
export function fitCurve(xs: number[], ys: number[]): Curve {
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

export function pearson(x: number[], y: number[]): number {
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

export function ranks(x: number[]): number[] {
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

export function rmse(x: number[], y: number[]): number {
  return Math.sqrt(x.reduce((s, v, i) => s + (v - y[i]!) ** 2, 0) / x.length);
}

export function metrics(pred: number[], gold: number[]): string {
  return `pearson=${pearson(pred, gold).toFixed(4)} spearman=${pearson(ranks(pred), ranks(gold)).toFixed(4)} rmse=${rmse(pred, gold).toFixed(4)} n=${pred.length}`;
}

export function questionOrder(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The JSONL rows of a benchmark file. */
export function readRows<T extends Row = Row>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/**
 * The file's distinct questions with their reference points: the benchmark's question bank. The
 * product checks an answer against its bank the same way, to catch answers to another question.
 */
export function questionsOf(rows: readonly Row[]): OtherQuestion[] {
  const seen = new Map<string, OtherQuestion>();
  for (const r of rows)
    if (!seen.has(r.question))
      seen.set(r.question, {
        questionText: r.question,
        expectedAnswerPoints: referencePoints(r.reference_answer ?? ""),
      });
  return [...seen.values()];
}
