import { findDatePoints, findDateRanges } from "./dates/parse-dates";
import { yearOf, type MonthIndex } from "./dates/month-range";
import type { ResumeLine } from "./sections";
import { EDUCATION_LEVELS } from "@/lib/validations/resume-analysis";
import { fold } from "./text-fold";

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export interface EducationEntry {
  /** The degree as written ("B.Sc. Computer Science"). */
  degree: string | null;
  level: EducationLevel | null;
  field: string | null;
  institution: string | null;
  startYear: number | null;
  endYear: number | null;
  /** Still studying (end in the future, "expected", "present"). */
  ongoing: boolean;
  lineNumber: number;
}

const LEVEL_PATTERNS: ReadonlyArray<[EducationLevel, RegExp]> = [
  [
    "doctorate",
    /(?:^|[^\p{L}])(?:ph\.?\s?d\.?|dphil|doctorate|doctor of|doktor|dr\.\s?rer|doctorat|doctorado|dottorato)(?![\p{L}])/u,
  ],
  [
    "master",
    /(?:^|[^\p{L}])(?:master'?s?|m\.\s?sc\.?|msc|m\.\s?s\.|m\.\s?a\.|mba|m\.\s?eng\.?|meng|mres|dipl\.?-?\s?ing\.?|diplom-?ingenieur|diplom|magister|maestria|master universitario|laurea magistrale|diplome d'ingenieur)(?![\p{L}])/u,
  ],
  [
    "bachelor",
    /(?:^|[^\p{L}])(?:bachelor'?s?|b\.\s?sc\.?|bsc|b\.\s?s\.|b\.\s?a\.|b\.\s?eng\.?|beng|bba|licence (?:en|de|pro|professionnelle)|licenciatura|grado en|grado de|laurea|undergraduate)(?![\p{L}])/u,
  ],
  [
    "associate",
    /(?:^|[^\p{L}])(?:associate(?:'s)? (?:degree|of)|a\.a\.s?\.|hnd|dut|bts)(?![\p{L}])/u,
  ],
  [
    "bootcamp",
    /(?:^|[^\p{L}])(?:boot\s?camp|nanodegree|le wagon|ironhack|general assembly|flatiron|app academy|codecademy pro)(?![\p{L}])/u,
  ],
  [
    "vocational",
    /(?:^|[^\p{L}])(?:apprenticeship|ausbildung zum|ausbildung zur|fachinformatiker|vocational|formacion profesional|certificate iv)(?![\p{L}])/u,
  ],
  [
    "secondary",
    /(?:^|[^\p{L}])(?:high school|secondary school|abitur|baccalaureat|bachillerato|a-levels?|gcse|matura|maturita|gymnasium|lycee|instituto de educacion secundaria)(?![\p{L}])/u,
  ],
];

const INSTITUTION =
  /(?:^|[^\p{L}])(?:university|universitat|universite|universidad|universidade|universita|univ\.|college|institute|institut|instituto|school|schule|hochschule|fachhochschule|polytechnic|politecnico|polytechnique|academy|akademie|ecole|escuela|bootcamp|le wagon|ironhack|general assembly|lycee|gymnasium)(?![\p{L}])/u;
// Abbreviated schools, in capitals only ("tu" is also a French and Spanish word).
const INSTITUTION_ABBREVIATION =
  /(?:^|[^\p{L}])(?:TU|ETH|EPFL|KTH|MIT|UCL|LSE|INSA|IUT|UNAM|RWTH|LMU)(?![\p{L}])/u;

const FIELD_AFTER =
  /(?:\bin\b|\bof\b|\bon\b|\bdans\b|\ben\b|\bde\b|\bdi\b|\bim\b|:|,|–|—|-)\s*([\p{L}][\p{L}&/ ,.'-]{2,60})/u;

function levelOf(text: string): EducationLevel | null {
  const folded = fold(text);
  for (const [level, pattern] of LEVEL_PATTERNS) if (pattern.test(folded)) return level;
  return null;
}

const isInstitution = (text: string): boolean =>
  INSTITUTION.test(fold(text)) || INSTITUTION_ABBREVIATION.test(text);

const EXPECTED =
  /(?:expected|anticipated|voraussichtlich|prevu|prevue|prevista|previsto|en cours|ongoing|present|current|heute|actualidad)/u;

function stripDates(text: string): string {
  let out = text;
  for (const p of [...findDatePoints(text)].reverse()) {
    out = out.slice(0, p.index) + " " + out.slice(p.index + p.length);
  }
  return out
    .replace(/\((?:expected|voraussichtlich|prevu|prevista)?\s*\)/giu, " ")
    .replace(
      /(?:expected|graduated|graduation|voraussichtlich|abschluss|obtenu|prevu)\s*:?/giu,
      " ",
    )
    .replace(/\s*[-–—]+\s*(?:present|current|heute|aujourd'hui|actualidad|today|now)\b/giu, " ")
    .replace(/\s{2,}/g, " ")
    .replace(/^[\s|·•,:;–—()-]+|[\s|·•,:;–—()-]+$/gu, "")
    .trim();
}

function fieldOf(degreeText: string): string | null {
  const folded = fold(degreeText);
  let index = -1;
  for (const [, pattern] of LEVEL_PATTERNS) {
    const m = pattern.exec(folded);
    if (m) {
      index = m.index + m[0].length;
      break;
    }
  }
  if (index < 0) return null;
  const rest = degreeText
    .slice(index)
    .replace(/^\s*(?:of science|of arts|of engineering|es sciences)\b/iu, "");
  const m = FIELD_AFTER.exec(rest) ?? /^\s+([\p{L}][\p{L}&/ ,.'-]{2,60})/u.exec(rest);
  if (!m) return null;
  const field = m[1]!.split(/\s*[,|–—]\s*|\s+(?:at|an der|a l'|en la)\s+/u)[0]!.trim();
  return field.length >= 3 && !isInstitution(field) ? field.replace(/[.,;]+$/, "") : null;
}

/** Degrees, schools and years from the education section (or degree lines anywhere). */
export function parseEducation(lines: readonly ResumeLine[], now: MonthIndex): EducationEntry[] {
  const hasSection = lines.some((l) => l.section === "education" && !l.heading);
  const candidates = lines.filter(
    (l) =>
      !l.heading &&
      l.text.trim() !== "" &&
      (hasSection
        ? l.section === "education"
        : l.section !== "experience" && (levelOf(l.text) !== null || isInstitution(l.text))),
  );
  const entries: EducationEntry[] = [];
  let current: EducationEntry | null = null;
  const nowYear = yearOf(now);
  for (const line of candidates) {
    const text = line.text.replace(/^\s*[•·▪●*-]\s*/u, "");
    const level = levelOf(text);
    const institution = isInstitution(text);
    const ranges = findDateRanges(text, { now });
    const points = findDatePoints(text).filter((p) => p.monthOnly === undefined);
    const startsNew =
      !current ||
      (level !== null && current.level !== null) ||
      (institution && current.institution !== null && level === null && current.degree !== null);
    if (level === null && !institution && points.length === 0) {
      if (current && !current.field && text.length < 80) current.field = stripDates(text) || null;
      continue;
    }
    if (startsNew) {
      current = {
        degree: null,
        level: null,
        field: null,
        institution: null,
        startYear: null,
        endYear: null,
        ongoing: false,
        lineNumber: line.number,
      };
      entries.push(current);
    }
    const entry = current!;
    const clean = stripDates(text);
    // "B.Sc. Computer Science, TU München" holds both: split it. A part that is both a level
    // and a school ("Gymnasium", "Le Wagon") is the school when another part names the degree.
    const parts = clean
      .split(/\s*[|·•]\s*|\s+[–—-]\s+|,\s+(?=[\p{Lu}])/u)
      .map((p) => p.trim())
      .filter(Boolean);
    const degreePart =
      parts.find((p) => levelOf(p) !== null && !isInstitution(p)) ??
      parts.find((p) => levelOf(p) !== null);
    const schoolPart = parts.find((p) => p !== degreePart && isInstitution(p));
    if (degreePart && !entry.degree) {
      entry.degree = degreePart;
      entry.level = levelOf(degreePart);
      entry.field = fieldOf(degreePart);
    }
    if (schoolPart && !entry.institution) entry.institution = schoolPart;
    if (entry.degree && !entry.field) {
      // "Bachelor of Science - BS, Computer Science": the field may stand on its own.
      const field = parts.find(
        (p) =>
          p !== degreePart &&
          p !== schoolPart &&
          p.length >= 4 &&
          /\p{Ll}/u.test(p) &&
          levelOf(p) === null,
      );
      if (field) entry.field = field;
    }
    const range = ranges[0];
    if (range) {
      entry.startYear = yearOf(range.start);
      entry.endYear = range.ongoing ? null : yearOf(range.end);
      entry.ongoing = range.ongoing || yearOf(range.end) > nowYear;
    } else if (points.length > 0) {
      const year = yearOf(points.at(-1)!.last);
      entry.endYear = year;
      entry.ongoing = year > nowYear || (EXPECTED.test(fold(text)) && year >= nowYear);
    }
    if (EXPECTED.test(fold(text)) && (entry.endYear === null || entry.endYear >= nowYear)) {
      entry.ongoing = true;
    }
  }
  return entries.filter((e) => e.degree || e.institution);
}

export function highestLevel(entries: readonly EducationEntry[]): EducationLevel | null {
  let best: EducationLevel | null = null;
  for (const e of entries) {
    if (e.level && (!best || EDUCATION_LEVELS.indexOf(e.level) > EDUCATION_LEVELS.indexOf(best))) {
      best = e.level;
    }
  }
  return best;
}
