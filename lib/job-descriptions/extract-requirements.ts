import {
  jobRequirementsSchema,
  type JobRequirements,
  type JobSkill,
} from "@/lib/validations/job-description";
import { looksLikeTitle, titleLevel, type SeniorityLevel } from "@/lib/resumes/job-titles";
import { normaliseText } from "@/lib/resumes/normalise-text";
import { findSkillMentions, type SkillLine } from "@/lib/resumes/skill-matcher";
import { getTaxonomy, type Taxonomy } from "@/lib/resumes/taxonomy";
import { headingIndex, lookupHeading } from "@/lib/resumes/sections";
import { fold, wordList } from "@/lib/resumes/text-fold";
import { htmlToText } from "./html-to-text";

type Part = "required" | "nice" | "duties" | "about" | "unknown";

// Folded headings of job descriptions in English, German, French and Spanish.
const PART_HEADINGS: Record<Exclude<Part, "unknown">, string[]> = {
  required: wordList(`
    requirements | required skills | required qualifications | qualifications |
    minimum qualifications | basic qualifications | must have | must haves | must-have |
    must-haves | what you'll need | what you will need | what you need | what we're looking for |
    what we are looking for | who you are | about you | your profile | your skills | you have |
    you bring | what you bring | skills | key skills | essential | essentials |
    skills and experience | experience | tech stack | our stack | technologies | anforderungen |
    dein profil | ihr profil | was du mitbringst | was sie mitbringen | qualifikationen |
    voraussetzungen | profil | profil recherche | votre profil | competences requises |
    prerequis | requisitos | requisitos minimos | perfil | lo que buscamos | que necesitas |
    tu perfil
  `),
  nice: wordList(`
    nice to have | nice-to-have | nice to haves | nice-to-haves | bonus | bonus points |
    preferred | preferred qualifications | pluses | plus | it's a plus | good to have |
    desirable | desired | ideally | extra credit | would be great | wunschenswert | von vorteil |
    idealerweise | pluspunkte | atouts | un plus | les plus | apprecie | souhaite | deseable |
    valorable | se valorara | sera un plus | puntos extra
  `),
  duties: wordList(`
    responsibilities | key responsibilities | what you'll do | what you will do | your role |
    the role | your mission | your missions | tasks | duties | day to day | your impact |
    aufgaben | deine aufgaben | ihre aufgaben | missions | vos missions | responsabilites |
    funciones | responsabilidades | tus funciones | que haras
  `),
  about: wordList(`
    about us | who we are | about the company | about the team | benefits | perks |
    what we offer | we offer | why join us | why us | compensation | salary | equal opportunity |
    how to apply | uber uns | wir bieten | was wir bieten | benefits | nous offrons | avantages |
    qui sommes-nous | pourquoi nous rejoindre | ofrecemos | beneficios | sobre nosotros |
    que ofrecemos
  `),
};

const HEADING_PART = headingIndex(PART_HEADINGS);
const partOf = (line: string): Part | null => lookupHeading(HEADING_PART, line);

const NICE =
  /(?:nice[- ]to[- ]have|bonus|\ba plus\b|is a plus|are a plus|\bplus if\b|preferred|preferably|ideally|desirable|desired|would be (?:great|nice|helpful|a plus)|advantage(?:ous)?|familiarity with|exposure to|optional|not required|good to have|extra credit|wunschenswert|von vorteil|idealerweise|ein plus|pluspunkt|un plus|un atout|apprecie|souhaite|serait un plus|deseable|valorable|se valorara|sera un plus|es un plus)/u;
const REQUIRED =
  /(?:\bmust\b|required|\brequire|requirement|mandatory|essential|need to have|strong|solid|proven|proficien|expert|hands-on|\d+\s*\+?\s*(?:years?|yrs?)|at least|minimum|\bmuss\b|erforderlich|zwingend|sehr gute|fundierte|requis|obligatoire|maitrise|indispensable|imprescindible|obligatorio|necesario|requisito)/u;

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
};
const YEARS =
  /(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|funf|deux|trois|quatre|cinq|dos|tres|cuatro|cinco)\s*\+?\s*(?:-|–|to|bis|a|à)?\s*(?:\d{1,2}\s*)?\+?\s*(?:years?|yrs?|jahre?n?|ans?|anos?)/u;
const EXPERIENCE_WORD =
  /(?:experience|erfahrung|berufserfahrung|experiencia|expérience|experience)/u;

function yearsIn(clause: string): number | null {
  const m = YEARS.exec(fold(clause));
  if (!m) return null;
  const raw = m[1]!;
  const n = /^\d+$/.test(raw) ? Number(raw) : (WORD_NUMBERS[raw] ?? null);
  return n !== null && n > 0 && n <= 30 ? n : null;
}

interface Clause {
  start: number;
  end: number;
  text: string;
}

/** Sentences and parenthesised asides of a line, each judged on its own cue words. */
function clausesOf(line: string): Clause[] {
  const clauses: Clause[] = [];
  const boundary = /\([^)]*\)|[.;!?](?=\s|$)|\s[–—]\s/gu;
  let start = 0;
  for (const m of line.matchAll(boundary)) {
    if (m[0].startsWith("(")) {
      if (m.index > start) clauses.push({ start, end: m.index, text: line.slice(start, m.index) });
      clauses.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      start = m.index + m[0].length;
    } else {
      clauses.push({
        start,
        end: m.index + m[0].length,
        text: line.slice(start, m.index + m[0].length),
      });
      start = m.index + m[0].length;
    }
  }
  if (start < line.length) clauses.push({ start, end: line.length, text: line.slice(start) });
  return clauses;
}

function importanceOf(clause: string, part: Part): "required" | "nice" | null {
  const folded = fold(clause);
  if (NICE.test(folded)) return "nice";
  if (part === "about") return null;
  if (REQUIRED.test(folded)) return "required";
  if (part === "nice") return "nice";
  return "required";
}

function titleOf(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 8)) {
    const labelled =
      /^\s*(?:job title|title|position|role|stelle|poste|puesto)\s*:\s*(.{2,100})$/iu.exec(line);
    if (labelled) return labelled[1]!.trim();
  }
  const first = lines.find((l) => l.trim() !== "")?.trim() ?? "";
  return first.length <= 90 && looksLikeTitle(first) ? first.replace(/[:\s]+$/u, "") : null;
}

function seniorityOf(title: string | null, minYears: number | null): SeniorityLevel | null {
  const stated = title ? titleLevel(title) : null;
  if (stated) return stated;
  if (minYears === null) return null;
  return minYears >= 8 ? "lead" : minYears >= 5 ? "senior" : minYears >= 2 ? "mid" : "junior";
}

/**
 * Required and nice-to-have skills of a job description, read with the resume taxonomy: the
 * section a line stands in (Requirements, Nice to have, Responsibilities, About us…) sets the
 * default; cue words in the sentence ("must", "3+ years", "a plus", "ideally") override it.
 * Skills named only under About us / Benefits are left out. A skill asked for both ways is
 * required.
 */
export function extractJobRequirements(
  input: string,
  options: { taxonomy?: Taxonomy } = {},
): JobRequirements {
  const taxonomy = options.taxonomy ?? getTaxonomy();
  const text = normaliseText(htmlToText(input));
  const rawLines = text.split("\n");
  let part: Part = "unknown";
  const parts: Part[] = rawLines.map((line) => {
    const heading = partOf(line);
    if (heading) {
      part = heading;
      return heading;
    }
    return part;
  });
  const lines: SkillLine[] = rawLines.map((line, i) => ({
    number: i + 1,
    text: line,
    skillList: parts[i] === "required" || parts[i] === "nice",
  }));
  const mentions = findSkillMentions(lines, taxonomy);

  const found = new Map<string, JobSkill>();
  // The most years any sentence about experience asks for.
  const asked = rawLines
    .flatMap(clausesOf)
    .filter((c) => EXPERIENCE_WORD.test(fold(c.text)))
    .map((c) => yearsIn(c.text))
    .filter((y): y is number => y !== null);
  const minYears = asked.length > 0 ? Math.max(...asked) : null;
  for (const mention of mentions) {
    const line = rawLines[mention.lineNumber - 1] ?? "";
    const clauses = clausesOf(line);
    const clause = clauses.find((c) => mention.index >= c.start && mention.index < c.end) ?? {
      text: line,
      start: 0,
      end: line.length,
    };
    const importance = importanceOf(clause.text, parts[mention.lineNumber - 1] ?? "unknown");
    if (!importance) continue;
    const skill = taxonomy.byId.get(mention.skillId)!;
    const years = yearsIn(clause.text);
    const previous = found.get(skill.id);
    const entry: JobSkill = {
      id: skill.id,
      name: skill.name,
      category: skill.category,
      importance,
      confidence: mention.confidence,
      years,
      line: line.trim().slice(0, 300),
      lineNumber: mention.lineNumber,
    };
    if (
      !previous ||
      (previous.importance === "nice" && importance === "required") ||
      (previous.importance === importance && mention.confidence > previous.confidence)
    ) {
      found.set(skill.id, { ...entry, years: entry.years ?? previous?.years ?? null });
    }
  }

  const all = [...found.values()].sort(
    (a, b) => b.confidence - a.confidence || a.name.localeCompare(b.name),
  );
  const required = all.filter((s) => s.importance === "required");
  const niceToHave = all.filter((s) => s.importance === "nice");
  const title = titleOf(rawLines);
  const warnings: string[] = [];
  if (all.length === 0)
    warnings.push("No skills from our taxonomy were found in this job description.");
  if (!parts.some((p) => p === "required" || p === "nice")) {
    warnings.push(
      "No requirements section was found; skills were judged by the wording around them.",
    );
  }
  return jobRequirementsSchema.parse({
    title,
    seniority: seniorityOf(title, minYears),
    minYears,
    required,
    niceToHave,
    warnings,
  });
}
