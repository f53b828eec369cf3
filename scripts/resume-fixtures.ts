// Writes the labelled resume set: real PDF and DOCX files built from seeded templates, each
// with `<file>.labels.json` (expected skills, total years of experience, roles).
//
// Usage: npm run fixtures:resume -- <dir> [--seed 1] [--count 36]
import { writeResumeFixtures } from "./lib/resume-fixtures";
import { parseFixtureArgs } from "./lib/resume-fixtures/args";

async function main() {
  const { dir, seed, count } = parseFixtureArgs(process.argv.slice(2), "resume-fixtures");
  const fixtures = await writeResumeFixtures(dir, { seed, count });
  const bytes = fixtures.reduce((sum, f) => sum + f.bytes.byteLength, 0);
  console.log(
    `wrote ${fixtures.length} resumes (seed ${seed}, ${(bytes / 1024).toFixed(0)} KiB) to ${dir}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
