// Builds the labelled evidence set (benchmarks/evidence/evidence-set.jsonl): answer × expected-point
// pairs, each covered or not, with the spans of the answer that state the point. Labels come from
// people or from construction, never from the evaluator (docs/evidence-labelling.md):
// - dev: ASAG dev answers to one-sentence references; covered when both graders gave full marks,
//   not covered when the mean grade is ≤ 1.5; the span is the (one-sentence) answer;
// - bank: model answers of bank questions (written to cover every point); the span of each point
//   is proposed by word overlap and checked by hand (overrides below), and negatives are built:
//   the point's sentences removed, the point's terms dropped in without a claim, or another
//   question's model answer.
// Held out: every fourth question (by position) of each source, never used for tuning.
//
// Usage: npx tsx scripts/build-evidence-set.ts [--asag ../shared/datasets/asag/dev.jsonl] [--review]
import { writeFileSync } from "node:fs";
import { questionBank } from "@/lib/questions/bank/load";
import type { QuestionCategory } from "@/lib/validations/enums";
import { readRows } from "./lib/asag";

export interface EvidencePair {
  id: string;
  source: "dev" | "bank";
  kind: "graded" | "stated" | "removed" | "term_drop" | "other_question";
  split: "tune" | "heldout";
  question: string;
  category: QuestionCategory;
  /** Every expected point of the question; `point` is the one labelled (at `pointIndex`). */
  points: string[];
  pointIndex: number;
  point: string;
  answer: string;
  covered: boolean;
  /** [start, end) character ranges of the answer that state the point (empty when not covered). */
  spans: Array<[number, number]>;
}

const OUT = "benchmarks/evidence/evidence-set.jsonl";
const BANK_PER_CATEGORY = 6;
const DEV_COVERED_PER_QUESTION = 3;

const STOP = new Set(
  "a an the and or of to in on for with by as at is are be been it its this that these those from into than then so such can may must not no do does when which who what how why where each per any all more most less over under via also only".split(
    " ",
  ),
);
const stemOf = (w: string) => w.replace(/(?:ing|ed|es|s|ly|er|ion|ions)$/, "");
const wordsOf = (t: string) =>
  (t.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? []).filter((w) => !STOP.has(w)).map(stemOf);

/** Sentence ranges of a model answer: ends at . ! ? followed by a space (not "1.8" or "e.g"). */
export function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const s = start + (raw.length - raw.trimStart().length);
    const e = start + raw.trimEnd().length;
    if (e > s) out.push([s, e]);
  };
  for (const m of text.matchAll(/[.!?]+(?=\s+["'(]?[A-Z0-9])/g)) {
    const end = (m.index ?? 0) + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

/** The sentences sharing the most words with the point (a proposal, checked by hand). */
function proposeSpans(answer: string, point: string): Array<[number, number]> {
  const p = new Set(wordsOf(point));
  const scored = sentences(answer).map((s) => {
    const w = new Set(wordsOf(answer.slice(s[0], s[1])));
    let hit = 0;
    for (const x of p) if (w.has(x)) hit++;
    return { s, score: hit / Math.max(1, p.size) };
  });
  const best = Math.max(...scored.map((x) => x.score));
  return scored.filter((x) => x.score > 0 && x.score >= 0.8 * best).map((x) => x.s);
}

/** Hand corrections of proposed spans: "<question key>#<point index>" → sentence indices. */
const SPAN_OVERRIDES: Record<string, number[]> = {
  "backend-engineer/api-backend-service-built-easy#0": [0, 1],
  "backend-engineer/api-backend-service-built-easy#1": [2],
  "backend-engineer/api-backend-service-built-easy#2": [3, 4, 5],
  "backend-engineer/api-backend-service-built-easy#3": [6],
  "backend-engineer/api-backend-service-built-easy#4": [7],
  "devops-sre/automated-repetitive-operational-task#0": [0, 1],
  "devops-sre/automated-repetitive-operational-task#1": [2],
  "devops-sre/automated-repetitive-operational-task#2": [3],
  "devops-sre/automated-repetitive-operational-task#3": [4],
  "devops-sre/automated-repetitive-operational-task#4": [5],
  "frontend-engineer/user-interface-built-proud-good#0": [0],
  "frontend-engineer/user-interface-built-proud-good#1": [1],
  "frontend-engineer/user-interface-built-proud-good#2": [2, 3],
  "frontend-engineer/user-interface-built-proud-good#3": [4],
  "frontend-engineer/user-interface-built-proud-good#4": [5],
  "mobile-engineer/shipped-feature-end-to-end#0": [0, 2, 3],
  "mobile-engineer/shipped-feature-end-to-end#1": [6, 7],
  "mobile-engineer/shipped-feature-end-to-end#2": [5],
  "mobile-engineer/shipped-feature-end-to-end#3": [8, 9],
  "mobile-engineer/shipped-feature-end-to-end#4": [10],
  "product-manager/product-feature-launched-role#0": [0, 1],
  "product-manager/product-feature-launched-role#1": [2],
  "product-manager/product-feature-launched-role#2": [3, 4],
  "product-manager/product-feature-launched-role#3": [5],
  "product-manager/product-feature-launched-role#4": [6],
  "security-engineer/found-and-reported-vulnerability#0": [0, 1],
  "security-engineer/found-and-reported-vulnerability#1": [2, 3],
  "security-engineer/found-and-reported-vulnerability#2": [4, 5],
  "security-engineer/found-and-reported-vulnerability#3": [6, 7, 8],
  "security-engineer/found-and-reported-vulnerability#4": [9],
  "mobile-engineer/push-notifications-end-to-end#1": [2, 3],
  "mobile-engineer/push-notifications-end-to-end#2": [4, 6],
  "mobile-engineer/push-notifications-end-to-end#5": [11, 12],
  "security-engineer/least-privilege-in-practice#1": [1, 2],
  "security-engineer/least-privilege-in-practice#2": [3, 4, 5],
  "security-engineer/least-privilege-in-practice#3": [6, 7],
  "security-engineer/least-privilege-in-practice#4": [8, 9, 10, 11],
  "backend-engineer/design-rest-api-simple-blogging-platform#0": [0, 2],
  "mobile-engineer/weather-screen-architecture#0": [0, 1, 2, 4, 5],
  "mobile-engineer/weather-screen-architecture#1": [4, 5, 6],
  "mobile-engineer/weather-screen-architecture#2": [1, 8, 9],
  "mobile-engineer/weather-screen-architecture#3": [10],
  "backend-engineer/main-http-methods-safe-idempotent#3": [3, 4],
  "devops-sre/container-virtual-machine#3": [3],
  "security-engineer/secure-password-reset-flow#1": [3, 6],
  "security-engineer/secure-password-reset-flow#2": [4, 5],
  "security-engineer/secure-password-reset-flow#4": [8, 9, 10],
  "security-engineer/cia-triad-attacks-controls#0": [1, 2, 3],
  "security-engineer/cia-triad-attacks-controls#1": [4, 5, 6],
  "security-engineer/cia-triad-attacks-controls#2": [7, 8, 9],
  "security-engineer/cia-triad-attacks-controls#4": [12, 13],
  "security-engineer/detect-brute-force-and-spraying#0": [1, 2, 3],
  "security-engineer/detect-brute-force-and-spraying#1": [4, 5],
  "security-engineer/detect-brute-force-and-spraying#2": [7, 8],
  "security-engineer/detect-brute-force-and-spraying#3": [9, 10],
  "product-manager/write-sql-query-counts-sign-ups#2": [0, 2],
  "product-manager/write-sql-query-counts-sign-ups#3": [0, 2],
  "frontend-engineer/implement-debounce-function-javascript#2": [4],
  "security-engineer/detect-brute-force-and-spraying#4": [2, 3, 5],
  "backend-engineer/authentication-authorisation-backend-service#1": [1],
  "backend-engineer/authentication-authorisation-backend-service#2": [2],
  // Second reading (issue 9): sentences that also state the point, which the removed/term_drop
  // negatives had kept. The question asks for the query, so the query itself states the join.
  "backend-engineer/write-sql-query-returns-customer-total#0": [0, 1, 2],
  "frontend-engineer/implement-debounce-function-javascript#0": [0, 1, 2, 3],
  "mobile-engineer/push-notifications-end-to-end#0": [0, 1],
  "product-manager/api-non-technical-stakeholder-apis-matter#2": [3, 4],
};

function rarestTerms(point: string, n: number): string[] {
  const words = (point.match(/[A-Za-z][A-Za-z0-9-]{3,}/g) ?? []).filter(
    (w) => !STOP.has(w.toLowerCase()),
  );
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, n);
}

function cut(text: string, spans: ReadonlyArray<[number, number]>): string {
  let out = "";
  let at = 0;
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    out += text.slice(at, s);
    at = e;
  }
  return (out + text.slice(at)).replace(/\s{2,}/g, " ").trim();
}

function bankPairs(review: boolean): EvidencePair[] {
  const byCategory = new Map<string, ReturnType<typeof questionBank>["questions"]>();
  for (const q of questionBank().questions) {
    if (!q.modelAnswer) continue;
    const list = byCategory.get(q.category) ?? [];
    list.push(q);
    byCategory.set(q.category, list);
  }
  const out: EvidencePair[] = [];
  for (const [, list] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    // Spread over roles: every n-th question of the category.
    const step = Math.floor(list.length / BANK_PER_CATEGORY);
    const picked = Array.from({ length: BANK_PER_CATEGORY }, (_, i) => list[i * step]!);
    picked.forEach((q, qi) => {
      const answer = q.modelAnswer!;
      const split = qi % 4 === 3 ? "heldout" : "tune";
      const all = sentences(answer);
      const spansOf = (pi: number) => {
        const o = SPAN_OVERRIDES[`${q.key}#${pi}`];
        return o ? o.map((k) => all[k]!) : proposeSpans(answer, q.points[pi]!);
      };
      q.points.forEach((point, pi) => {
        const spans = spansOf(pi);
        if (review)
          console.log(
            `${q.key}#${pi} ${point}\n   → ${spans.map(([s, e]) => `[${all.findIndex((x) => x[0] === s)}] ${answer.slice(s, e)}`).join("\n     ")}`,
          );
        out.push({
          id: `bank:${q.key}#${pi}:stated`,
          source: "bank",
          kind: "stated",
          split,
          question: q.text,
          category: q.category,
          points: q.points,
          pointIndex: pi,
          point,
          answer,
          covered: spans.length > 0,
          spans,
        });
      });
      // Negatives for two points per question: the point's sentences removed, and removed with its
      // terms dropped back in without saying anything about them.
      for (const pi of [0, q.points.length - 1]) {
        const point = q.points[pi]!;
        const spans = spansOf(pi);
        if (spans.length === 0) continue;
        const removed = cut(answer, spans);
        // The removed sentences may have stated other points too: only this point is labelled.
        out.push({
          id: `bank:${q.key}#${pi}:removed`,
          source: "bank",
          kind: "removed",
          split,
          question: q.text,
          category: q.category,
          points: q.points,
          pointIndex: pi,
          point,
          answer: removed,
          covered: false,
          spans: [],
        });
        const terms = rarestTerms(point, 2);
        if (terms.length > 0)
          out.push({
            id: `bank:${q.key}#${pi}:term_drop`,
            source: "bank",
            kind: "term_drop",
            split,
            question: q.text,
            category: q.category,
            points: q.points,
            pointIndex: pi,
            point,
            answer: `${removed} There is also ${terms.join(" and ")} to think about.`,
            covered: false,
            spans: [],
          });
      }
      // Another question's model answer (same category, next picked question).
      const other = picked[(qi + 1) % picked.length]!;
      out.push({
        id: `bank:${q.key}#0:other_question`,
        source: "bank",
        kind: "other_question",
        split,
        question: q.text,
        category: q.category,
        points: q.points,
        pointIndex: 0,
        point: q.points[0]!,
        answer: other.modelAnswer!,
        covered: false,
        spans: [],
      });
    });
  }
  return out;
}

function devPairs(file: string): EvidencePair[] {
  const rows = readRows(file);
  const qids = [...new Set(rows.map((r) => r.question_id))];
  const out: EvidencePair[] = [];
  for (const r of rows) {
    const reference = r.reference_answer.trim();
    const answer = r.student_answer.trim();
    // One-sentence references are one point; one-sentence answers make the answer its own span.
    if (/[.;!?]\s+\S/.test(reference) || /[.;!?]\s+\S|\n/.test(answer) || answer.length === 0)
      continue;
    const score = r.score ?? 2.5;
    const covered = score === 5 ? true : score <= 1.5 ? false : null;
    if (covered === null) continue;
    const taken = out.filter((p) => p.question === r.question && p.covered).length;
    if (covered && taken >= DEV_COVERED_PER_QUESTION) continue;
    out.push({
      id: `dev:${r.answer_id}`,
      source: "dev",
      kind: "graded",
      split: qids.indexOf(r.question_id) % 4 === 3 ? "heldout" : "tune",
      question: r.question,
      category: "Technical",
      points: [reference],
      pointIndex: 0,
      point: reference,
      answer,
      covered,
      spans: covered ? [[0, answer.length]] : [],
    });
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const asagAt = args.indexOf("--asag");
  const asag = asagAt >= 0 ? args[asagAt + 1]! : "../shared/datasets/asag/dev.jsonl";
  const pairs = [...devPairs(asag), ...bankPairs(args.includes("--review"))];
  writeFileSync(OUT, pairs.map((p) => JSON.stringify(p)).join("\n") + "\n");
  const count = (f: (p: EvidencePair) => boolean) => pairs.filter(f).length;
  console.log(
    `wrote ${pairs.length} pairs to ${OUT}: covered=${count((p) => p.covered)} not_covered=${count((p) => !p.covered)} heldout=${count((p) => p.split === "heldout")}`,
  );
}

if (process.argv[1]?.endsWith("build-evidence-set.ts")) main();
