import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatMonth, monthIndex } from "@/lib/resumes/dates/month-range";
import { writeDocx } from "./docx-writer";
import { writePdf } from "./pdf-writer";
import { labelsOf, makePersona, PERSONA_KINDS, type PersonaKind } from "./persona";
import type { Language } from "./pools";
import { Rng } from "./random";
import {
  DATE_FORMATS,
  LAYOUTS,
  renderPersona,
  type DateFormat,
  type Layout,
  type RenderChoices,
} from "./render";

/** The month "present" means in every fixture (labels are computed against it). */
export const FIXTURE_AS_OF = monthIndex(2026, 5);

export interface FixtureLabels {
  file: string;
  format: "pdf" | "docx";
  layout: Layout;
  language: Language;
  dateFormat: DateFormat;
  kind: PersonaKind;
  seed: number;
  /** `YYYY-MM` that "present" stands for. */
  asOf: string;
  expectedSkills: string[];
  totalYears: number;
  roles: { title: string; company: string; start: string; end: string }[];
}

export interface Fixture {
  fileName: string;
  bytes: Uint8Array;
  labels: FixtureLabels;
}

const LANGUAGES: Language[] = [
  "en",
  "en",
  "en",
  "de",
  "fr",
  "es",
  "en",
  "de",
  "en",
  "es",
  "fr",
  "en",
];
const CONNECTORS: Record<Language, string[]> = {
  en: [" – ", " - ", "–", " — ", " to "],
  de: [" – ", " - ", " bis "],
  fr: [" – ", " - ", " à "],
  es: [" – ", " - ", " a "],
};

/**
 * `count` labelled resumes as real PDF and DOCX files. Each one is built from the seed alone:
 * the same seed gives the same files. Kinds, layouts, languages and formats rotate so that any
 * 30 consecutive fixtures cover every kind and layout.
 */
export async function generateResumeFixtures(options: {
  seed: number;
  count: number;
}): Promise<Fixture[]> {
  const fixtures: Fixture[] = [];
  for (let i = 0; i < options.count; i++) {
    const rng = new Rng(options.seed * 7919 + i * 104729);
    const kind = PERSONA_KINDS[i % PERSONA_KINDS.length]!;
    const layout = LAYOUTS[(i + Math.floor(i / PERSONA_KINDS.length)) % LAYOUTS.length]!;
    const language = LANGUAGES[(i * 5 + options.seed) % LANGUAGES.length]!;
    const format = i % 2 === 0 ? "pdf" : "docx";
    // Bare years hide the months: keep them rare so they stay a test, not the norm.
    const dateFormat = rng.chance(0.1)
      ? "YYYY"
      : rng.pick(DATE_FORMATS.filter((f) => f !== "YYYY"));
    const choices: RenderChoices = {
      layout,
      dateFormat,
      entryStyle: rng.pick(["A", "B", "C", "E", "F", "L"] as const),
      proficiency: rng.chance(0.25),
      footer: rng.chance(0.3),
      connector: rng.pick(CONNECTORS[language]),
      since: rng.chance(0.15),
    };
    const persona = makePersona(kind, language, FIXTURE_AS_OF, rng);
    const doc = renderPersona(persona, choices, rng);
    const name = `resume-${String(i + 1).padStart(2, "0")}-${kind}-${layout}-${language}`;
    const title = `${persona.name} — resume`;
    const bytes =
      format === "pdf"
        ? await writePdf(doc, { embedFont: rng.chance(0.4), title })
        : await writeDocx(doc, { listBullets: rng.chance(0.5), title });
    const { skills, totalYears } = labelsOf(persona, FIXTURE_AS_OF);
    fixtures.push({
      fileName: `${name}.${format}`,
      bytes,
      labels: {
        file: `${name}.${format}`,
        format,
        layout,
        language,
        dateFormat,
        kind,
        seed: options.seed,
        asOf: formatMonth(FIXTURE_AS_OF),
        expectedSkills: skills,
        totalYears,
        roles: persona.roles.map((r) => ({
          title: r.title.text,
          company: r.company,
          start: formatMonth(r.start),
          end: formatMonth(r.end),
        })),
      },
    });
  }
  return fixtures;
}

/** Writes each fixture and its `<name>.labels.json` into `dir`. */
export async function writeResumeFixtures(
  dir: string,
  options: { seed: number; count: number },
): Promise<Fixture[]> {
  mkdirSync(dir, { recursive: true });
  const fixtures = await generateResumeFixtures(options);
  for (const f of fixtures) {
    writeFileSync(path.join(dir, f.fileName), f.bytes);
    writeFileSync(
      path.join(dir, `${f.fileName}.labels.json`),
      `${JSON.stringify(f.labels, null, 2)}\n`,
    );
  }
  return fixtures;
}
