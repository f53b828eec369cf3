// Scores resume extraction (file → text → skills and years of experience) on a labelled set:
// every `<file>.labels.json` beside a PDF or DOCX. An empty or missing folder is first filled
// with a generated set (see scripts/resume-fixtures.ts). Prints the files with errors, then
// `skills_precision=… skills_recall=… years_mae=…` as the last line (micro-averaged skills).
//
// Usage: npm run bench:resume -- <dir> [--seed 1] [--count 36]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { writeResumeFixtures, type FixtureLabels } from "./lib/resume-fixtures";
import { parseFixtureArgs } from "./lib/resume-fixtures/args";
import { benchFigures, scoreFile, type FileScore } from "./lib/resume-fixtures/score";

const labelFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".labels.json"))
        .sort()
    : [];

async function main() {
  const { dir, seed, count } = parseFixtureArgs(process.argv.slice(2), "bench-resume");
  if (labelFiles(dir).length === 0) {
    await writeResumeFixtures(dir, { seed, count });
    console.log(`generated ${count} labelled resumes (seed ${seed}) in ${dir}`);
  }
  const started = performance.now();
  const scores: FileScore[] = [];
  for (const labelFile of labelFiles(dir)) {
    const labels = JSON.parse(readFileSync(path.join(dir, labelFile), "utf8")) as FixtureLabels;
    const file = labelFile.replace(/\.labels\.json$/, "");
    const score = await scoreFile(file, readFileSync(path.join(dir, file)), labels);
    scores.push(score);
    const yearsOff = Math.abs(score.years - score.expectedYears);
    const problems = [
      score.failure ? `FAILED ${score.failure}` : "",
      score.falsePositives.length ? `false+ ${score.falsePositives.join(",")}` : "",
      score.missed.length ? `missed ${score.missed.join(",")}` : "",
      yearsOff > 1 ? `years ${score.years} vs ${score.expectedYears}` : "",
    ].filter(Boolean);
    if (problems.length) console.log(`${file}: ${problems.join(" | ")}`);
  }
  if (scores.length === 0) throw new Error(`No labelled resumes in ${dir}`);
  const figures = benchFigures(scores);
  console.log(`${figures.files} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    `skills_precision=${figures.precision.toFixed(3)} skills_recall=${figures.recall.toFixed(3)} years_mae=${figures.yearsMae.toFixed(2)}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
