import { resumeAnalysisSchema, type ResumeAnalysis } from "@/lib/validations/resume-analysis";
import { formatMonth, monthIndexOfDate } from "./dates/month-range";
import { parseCertifications } from "./certifications";
import { highestLevel, parseEducation } from "./education";
import { summariseExperience } from "./experience";
import { looksLikeTitle } from "./job-titles";
import { splitSections } from "./sections";
import { matchSkills } from "./skill-matcher";
import { getTaxonomy, type Taxonomy } from "./taxonomy";
import { isWordChar } from "./text-fold";

/** Where `word` stands in `text` as a whole word or phrase. */
function occurrences(text: string, word: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (!isWordChar(text[at - 1]) && !isWordChar(text[end])) spans.push([at, end]);
  }
  return spans;
}

export interface AnalyseOptions {
  /** What "present" means; defaults to now. */
  now?: Date;
  taxonomy?: Taxonomy;
}

/**
 * Everything read from a resume's text: skills (with confidence and source line), roles and
 * years of experience, seniority and progression, education and certifications. Pure and
 * synchronous; the result is validated against the stored schema.
 */
export function analyseResumeText(text: string, options: AnalyseOptions = {}): ResumeAnalysis {
  const now = monthIndexOfDate(options.now ?? new Date());
  const taxonomy = options.taxonomy ?? getTaxonomy();
  const lines = splitSections(text);

  const experience = summariseExperience(lines, now);
  // An employer's name is no skill claim ("SAP SE", "Snowflake Inc."), unless a longer skill
  // name contains it ("Amazon Web Services" beside the employer "Amazon").
  const employers = [...new Set(experience.roles.map((r) => r.company ?? ""))].filter(
    (c) => c.length >= 2 && !looksLikeTitle(c),
  );
  const skills = matchSkills(
    lines.map((l) => ({
      number: l.number,
      text: l.text,
      skillList: l.section === "skills",
      ignore: employers.flatMap((company) => occurrences(l.text, company)),
    })),
    taxonomy,
  );
  const skillsByCategory: Record<string, string[]> = {};
  for (const skill of skills) (skillsByCategory[skill.category] ??= []).push(skill.id);

  const entries = parseEducation(lines, now);
  const certifications = parseCertifications(lines);
  const sections = [...new Set(lines.filter((l) => l.heading).map((l) => l.section))];

  const warnings: string[] = [];
  if (skills.length === 0) warnings.push("No skills from our taxonomy were found.");
  if (experience.roles.length === 0) {
    warnings.push("No dated roles were found; add start and end dates to each job.");
  } else if (experience.roles.some((r) => !r.title)) {
    warnings.push("Some roles have dates but no recognisable job title.");
  }
  if (!sections.includes("experience") && experience.roles.length > 0) {
    warnings.push("No experience heading was found; roles were read from dates in the text.");
  }

  return resumeAnalysisSchema.parse({
    version: 1,
    asOf: formatMonth(now),
    skills,
    skillsByCategory,
    experience,
    education: { entries, highestLevel: highestLevel(entries) },
    certifications,
    sections,
    warnings,
  });
}
