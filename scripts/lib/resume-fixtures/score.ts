import { analyseResumeText } from "@/lib/resumes/analyse";
import { extractResumeText } from "@/lib/resumes/extract-text";
import { checkResumeFile } from "@/lib/resumes/file-type";
import type { FixtureLabels } from "./index";

export interface FileScore {
  file: string;
  truePositives: number;
  falsePositives: string[];
  missed: string[];
  years: number;
  expectedYears: number;
  failure: string | null;
}

/** Runs the product's path (checks → text → analysis) on one labelled file and compares. */
export async function scoreFile(
  fileName: string,
  bytes: Uint8Array,
  labels: FixtureLabels,
): Promise<FileScore> {
  let found = new Set<string>();
  let years = 0;
  let failure: string | null = null;
  try {
    const kind = checkResumeFile(fileName, bytes);
    const { text } = await extractResumeText(bytes, kind);
    const [y, m] = labels.asOf.split("-").map(Number);
    const analysis = analyseResumeText(text, { now: new Date(Date.UTC(y!, m! - 1, 15)) });
    found = new Set(analysis.skills.map((s) => s.id));
    years = analysis.experience.totalYears;
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  const expected = new Set(labels.expectedSkills);
  const missed = [...expected].filter((s) => !found.has(s));
  return {
    file: fileName,
    truePositives: expected.size - missed.length,
    falsePositives: [...found].filter((s) => !expected.has(s)),
    missed,
    years,
    expectedYears: labels.totalYears,
    failure,
  };
}

export interface BenchFigures {
  files: number;
  precision: number;
  recall: number;
  /** Mean absolute error of total years of experience. */
  yearsMae: number;
}

/** Micro-averaged skill precision and recall, and the years' mean absolute error. */
export function benchFigures(scores: readonly FileScore[]): BenchFigures {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const fn = scores.reduce((n, s) => n + s.missed.length, 0);
  return {
    files: scores.length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    yearsMae: scores.length
      ? scores.reduce((n, s) => n + Math.abs(s.years - s.expectedYears), 0) / scores.length
      : 0,
  };
}
