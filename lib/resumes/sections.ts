import { findDatePoints, findDateRanges } from "./dates/parse-dates";
import { fold, wordList } from "./text-fold";

export type SectionKind =
  | "header"
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "certifications"
  | "projects"
  | "languages"
  | "other";

export interface ResumeLine {
  /** 1-based, in the extracted text. */
  number: number;
  text: string;
  section: SectionKind;
  /** The line is a section heading itself. */
  heading: boolean;
}

// Headings in English, German, French, Spanish (and a few Italian / Dutch), folded.
const HEADINGS: Record<Exclude<SectionKind, "header">, string[]> = {
  summary: wordList(`
    summary | professional summary | career summary | executive summary | profile |
    professional profile | personal profile | about | about me | objective | career objective |
    profil | kurzprofil | uber mich | zusammenfassung | a propos | a propos de moi | resume |
    perfil | perfil profesional | resumen | resumen profesional | sobre mi | objetivo | profilo |
    profiel
  `),
  experience: wordList(`
    experience | work experience | professional experience | employment | employment history |
    work history | career history | career | relevant experience | professional background |
    internships | internship experience | experience and internships | berufserfahrung |
    berufliche erfahrung | beruflicher werdegang | praxiserfahrung | werdegang | berufspraxis |
    experience professionnelle | experiences professionnelles | experiences |
    parcours professionnel | parcours | experiencia | experiencia laboral |
    experiencia profesional | trayectoria profesional | esperienza | esperienze lavorative |
    esperienza professionale | werkervaring | ervaring
  `),
  education: wordList(`
    education | academic background | education and training | academic qualifications |
    qualifications | studies | academic history | ausbildung | bildung | bildungsweg | studium |
    akademischer werdegang | schulbildung | formation | formations | formation academique |
    etudes | educacion | formacion | formacion academica | estudios | istruzione | formazione |
    opleiding
  `),
  skills: wordList(`
    skills | technical skills | core skills | key skills | core competencies | competencies |
    technologies | tech stack | technical stack | tools | tools and technologies |
    tools & technologies | expertise | areas of expertise | skills and tools | skill set |
    skillset | skills & tools | skills and expertise | programming languages |
    languages and frameworks | languages & frameworks | frameworks | software | it skills |
    computer skills | kenntnisse | fahigkeiten | kompetenzen | it-kenntnisse | fachkenntnisse |
    technische kenntnisse | fachliche kompetenzen | competences | competences techniques |
    competences cles | savoir-faire | habilidades | competencias | conocimientos | aptitudes |
    conocimientos tecnicos | habilidades tecnicas | competenze | vaardigheden
  `),
  certifications: wordList(`
    certifications | certificates | certification | licenses and certifications |
    licenses & certifications | licences and certifications | licences & certifications |
    licenses | licences | courses and certifications | courses & certifications | training |
    trainings | courses | professional development | zertifikate | zertifizierungen |
    weiterbildung | weiterbildungen | fortbildungen | certificats | formations complementaires |
    certificaciones | cursos | certificados | certificazioni
  `),
  projects: wordList(`
    projects | personal projects | side projects | selected projects | key projects |
    open source | projekte | projets | proyectos | progetti
  `),
  languages: wordList(`
    languages | language skills | spoken languages | sprachen | sprachkenntnisse | langues |
    competences linguistiques | idiomas | lenguas | lingue | talen
  `),
  other: wordList(`
    interests | hobbies | hobbies and interests | interests and hobbies | awards | honors |
    honours | achievements | awards and achievements | publications | volunteering |
    volunteer experience | volunteer work | references | additional information | activities |
    extracurricular activities | leadership and activities | interessen | hobbys |
    auszeichnungen | ehrenamt | centres d'interet | centres d’interet | loisirs | benevolat |
    intereses | aficiones | publicaciones | referencias | voluntariado | contact | kontakt |
    personal details | personal information | persoenliche daten | personliche daten
  `),
};

/** Heading words → what they open, from lists of headings per kind. */
export function headingIndex<K extends string>(lists: Record<K, string[]>): Map<string, K> {
  return new Map(
    (Object.entries(lists) as [K, string[]][]).flatMap(([kind, words]) =>
      words.map((word) => [word, kind] as const),
    ),
  );
}

const HEADING_KIND = headingIndex(HEADINGS);

/** The folded words of a heading-like line: bullets, numbering, decoration and colon removed. */
export function headingKey(line: string): string {
  return fold(line)
    .replace(/^[\s#*•·▪●■◆►\-–—=_|\d.)]+/u, "")
    .replace(/[\s:*•·▪●■◆►\-–—=_|!.]+$/u, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * What a short line names in the index, if it is a heading: the whole line, or its first words
 * ("Work Experience (Selected)", "Education & Certifications").
 */
export function lookupHeading<K>(index: ReadonlyMap<string, K>, line: string): K | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 60) return null;
  const key = headingKey(text);
  const direct = index.get(key);
  if (direct) return direct;
  if (/[.,;]$/.test(text) || key.split(" ").length > 5) return null;
  return index.get(key.replace(/\s*[(&/].*$/u, "").trim()) ?? null;
}

/** The section a line opens, if it is a heading ("EXPERIENCE", "Berufserfahrung:", "## Skills"). */
export function headingKind(line: string): SectionKind | null {
  return line.trim().length > 50 ? null : lookupHeading(HEADING_KIND, line);
}

/** A "Label: content" line ("Skills: Go, Python") names its section for itself only. */
function labelKind(line: string): SectionKind | null {
  const colon = line.indexOf(":");
  if (colon <= 0 || colon > 40 || line.slice(colon + 1).trim() === "") return null;
  const kind = HEADING_KIND.get(headingKey(line.slice(0, colon)));
  return kind ?? null;
}

// After the last full date of a line: a connector, perhaps the next date's month ("– Dezember").
const OPEN_TAIL = /^\s*(?:[-–—]|to|bis|à|a|hasta|until)\s*(?:[\p{L}]{3,10}\.?)?\s*$/iu;
const STARTS_CLOSE =
  /^\s*(?:[-–—]\s*)?(?:\d{1,4}[./-]?\d{0,4}|[\p{L}]+\.?\s+\d{2,4}|present|current|heute|aujourd|actualidad|today|now|date)/iu;

/**
 * A date range wrapped over two lines in a narrow column ("01/2022" / "– 04/2024"): the second
 * half joins the first line, and its own line is left empty so line numbers stay true.
 */
function joinWrappedRanges(raw: string[]): string[] {
  const out = [...raw];
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i]!;
    const next = out[i + 1]!;
    const points = findDatePoints(line).filter((p) => p.monthOnly === undefined);
    const last = points.at(-1);
    if (!last || !STARTS_CLOSE.test(next)) continue;
    const tail = line.slice(last.index + last.length);
    const opensRange = OPEN_TAIL.test(tail);
    const continuesRange = tail.trim() === "" && /^\s*[-–—]/u.test(next);
    if (!opensRange && !continuesRange) continue;
    const joined = `${line.trimEnd()} ${next.trim()}`;
    const reach = line.trimEnd().length + 1;
    // Only when the range really reads on into the next line.
    const now = last.last + 12 * 50;
    if (
      findDateRanges(joined, { now }).some((r) => r.index + r.length > reach && r.index < reach)
    ) {
      out[i] = joined;
      out[i + 1] = "";
    }
  }
  return out;
}

/**
 * Splits resume text into numbered lines tagged with their section. Lines before the first
 * heading are the header (name, contact, headline). Where a document has no headings at all,
 * everything stays "header" and the parsers fall back to reading cues in each line.
 */
export function splitSections(text: string): ResumeLine[] {
  const lines: ResumeLine[] = [];
  let section: SectionKind = "header";
  const raws = joinWrappedRanges(text.split(/\r?\n/));
  let continued: SectionKind | null = null;
  raws.forEach((raw, i) => {
    // A heading wrapped in a narrow column ("LICENSES &" / "CERTIFICATIONS").
    if (continued) {
      lines.push({ number: i + 1, text: raw, section: continued, heading: true });
      continued = null;
      return;
    }
    const next = raws[i + 1];
    if (
      !headingKind(raw) &&
      next !== undefined &&
      raw.trim().length <= 30 &&
      next.trim().length <= 30
    ) {
      const both = headingKind(`${raw.trim()} ${next.trim()}`);
      if (both && !/[.,;:]$/.test(raw.trim())) {
        section = both;
        continued = both;
        lines.push({ number: i + 1, text: raw, section: both, heading: true });
        return;
      }
    }
    const kind = headingKind(raw);
    // A line with a date is never a heading ("Experience 2019 – 2021" is an entry).
    if (kind && !findDatePoints(raw).some((p) => p.monthOnly === undefined)) {
      section = kind;
      lines.push({ number: i + 1, text: raw, section: kind, heading: true });
      return;
    }
    lines.push({ number: i + 1, text: raw, section: labelKind(raw) ?? section, heading: false });
  });
  return lines;
}
