import {
  coveredMonths,
  clampRanges,
  monthsToYears,
  type MonthIndex,
} from "@/lib/resumes/dates/month-range";
import {
  BREAKS,
  BULLETS,
  CITIES,
  COMPANIES,
  DEGREES,
  FIRST_NAMES,
  LAST_NAMES,
  PLAIN_BULLETS,
  SPOKEN,
  SUMMARIES,
  TRACKS,
  UNIVERSITIES,
  type Language,
  type TitleBase,
  type Track,
} from "./pools";
import { getTaxonomy } from "@/lib/resumes/taxonomy";
import type { Rng } from "./random";
import { needsList, surfaceOf, type Placement, type Surface } from "./surface";

export const PERSONA_KINDS = [
  "student",
  "junior",
  "mid",
  "senior",
  "lead",
  "career-changer",
  "gap",
  "overlap",
  "non-tech",
  "multi-role",
  "returner",
  "executive",
] as const;
export type PersonaKind = (typeof PERSONA_KINDS)[number];

/** Text that names the listed skills (and no others). */
export interface Labelled {
  text: string;
  skills: string[];
}

export interface CareerBreak {
  text: string;
  start: MonthIndex;
  end: MonthIndex;
}

export interface CareerRole {
  title: Labelled;
  company: string;
  city: string;
  start: MonthIndex;
  end: MonthIndex;
  ongoing: boolean;
  bullets: Labelled[];
  /** Rendered under the previous role's employer heading. */
  sameCompanyAsNext: boolean;
}

export interface Degree {
  degree: string;
  field: Labelled;
  school: string;
  start: MonthIndex;
  end: MonthIndex;
  ongoing: boolean;
}

export interface SkillGroup {
  label: string | null;
  items: Surface[];
}

export interface Persona {
  kind: PersonaKind;
  language: Language;
  name: string;
  track: Track;
  headline: Labelled;
  summary: Labelled | null;
  /** Newest first. */
  roles: CareerRole[];
  /** A listed career break (not a job). */
  careerBreak: CareerBreak | null;
  education: Degree[];
  certifications: Labelled[];
  skillGroups: SkillGroup[];
  spoken: string[];
}

const LEVEL_WORDS: Record<
  Language,
  { intern: string; junior: string; senior: string; lead: string }
> = {
  en: { intern: "{b} Intern", junior: "Junior {b}", senior: "Senior {b}", lead: "Lead {b}" },
  de: { intern: "Werkstudent {b}", junior: "Junior {b}", senior: "Senior {b}", lead: "Lead {b}" },
  fr: { intern: "Stagiaire {b}", junior: "{b} junior", senior: "{b} senior", lead: "Lead {b}" },
  es: { intern: "Becario {b}", junior: "{b} junior", senior: "{b} senior", lead: "{b} líder" },
};

type Level = 0 | 1 | 2 | 3 | 4 | 5;

function titleFor(
  track: Track,
  level: Level,
  language: Language,
  rng: Rng,
  base?: TitleBase,
): Labelled {
  if (level === 5) {
    const exec = rng.pick(track.executive);
    return { text: exec.text.en, skills: exec.skills ?? [] };
  }
  const chosen = base ?? rng.pick(track.bases);
  const text = chosen.text[language] ?? chosen.text.en;
  const words = LEVEL_WORDS[chosen.text[language] ? language : "en"];
  const pattern =
    level === 0
      ? words.intern
      : level === 1
        ? words.junior
        : level === 3
          ? words.senior
          : level === 4
            ? words.lead
            : "{b}";
  return { text: pattern.replace("{b}", text), skills: chosen.skills ?? [] };
}

const CODING_CATEGORIES = new Set(["language", "frontend", "backend", "mobile", "data", "ml"]);

/** Fills a sentence's slots with skills, giving contextual names only where context exists. */
function bullet(template: string, pool: readonly string[], rng: Rng): Labelled {
  const slots = [...template.matchAll(/\{(\d)\}/g)].map((m) => Number(m[1]));
  const listLike = /:\s*\{0\}/.test(template);
  // "Wrote the service in Go.": a coding verb before "in" is context enough on its own.
  const codingVerb =
    /\b(?:wrote|written|built|implemented|developed|coded)\b[^.]*\b(?:in|with) \{0\}/i.test(
      template,
    );
  const prepositional =
    codingVerb ||
    (/(?:in|with|using|mit|avec|con|de|von) \{0\}/.test(template) && slots.length > 1);
  const placement: Placement = listLike ? "list" : prepositional ? "prep" : "prose";
  // Skills that have an unambiguous name ("Golang" for Go; Espresso has none).
  const plainable = [...new Set(pool)].filter((id) => !needsList(id));
  const coding = [...new Set(pool)].filter((id) =>
    CODING_CATEGORIES.has(getTaxonomy().byId.get(id)!.category),
  );
  const first = codingVerb && coding.length > 0 ? rng.pick(coding) : rng.pick(plainable);
  const others = rng.sample(
    [...new Set(placement === "prose" ? plainable : pool)].filter((id) => id !== first),
    slots.length - 1,
  );
  const skills = [first, ...others];
  let surfaces = slots.map((i) => surfaceOf(skills[i]!, placement, rng));
  // A short ambiguous name needs a plainly named skill beside it.
  if (surfaces.every((s) => s.contextual) && !codingVerb) {
    surfaces = surfaces.map((s, i) => (i === 0 ? surfaceOf(s.skillId, "prose", rng) : s));
  }
  let text = template;
  slots.forEach((slot, i) => (text = text.replace(`{${slot}}`, surfaces[i]!.text)));
  return { text, skills: surfaces.map((s) => s.skillId) };
}

/** "Certified Kubernetes Administrator (CKA) [kubernetes]" → text and the skills it names. */
export const labelled = (entry: string): Labelled => {
  const match = /^(.*?)\s*\[([^\]]*)\]$/.exec(entry);
  return match ? { text: match[1]!, skills: match[2]!.split(",") } : { text: entry, skills: [] };
};

interface Plan {
  track: Track;
  /** Role durations (months) newest first, the gap after each role (towards the past), levels. */
  durations: number[];
  gaps: number[];
  levels: Level[];
  endOffset: number;
  previousTrack?: Track;
  previousCount?: number;
  overlap?: boolean;
  sameCompany?: number;
}

type Span = readonly [min: number, max: number];

/** "18-36 20-36" → spans in months. */
const spans = (text: string): Span[] =>
  text.split(/\s+/).map((span) => {
    const [min, max] = span.split("-").map(Number);
    return [min!, max ?? min!] as const;
  });

/**
 * The career each kind of persona has: role lengths in months newest first, how many of them,
 * their levels, the gaps between them (short random ones where not given), and the months
 * since the newest role ended.
 */
interface Shape {
  roles: string;
  count: string;
  levels: readonly Level[];
  gaps?: string;
  endOffset?: string;
  overlap?: boolean;
  sameCompany?: number;
  careerChange?: boolean;
}

const SHAPES: Record<PersonaKind, Shape> = {
  student: { roles: "3-6 3-6", count: "1-2", levels: [0, 0], gaps: "2-8", endOffset: "0-4" },
  junior: { roles: "10-24 4-8", count: "2", levels: [1, 0] },
  mid: { roles: "18-30 14-28 10-18", count: "2-3", levels: [2, 2, 1] },
  senior: { roles: "20-40 18-36 16-30 10-24", count: "3-4", levels: [3, 3, 2, 1] },
  lead: { roles: "18-36 20-36 18-30 14-30 10-20", count: "3-5", levels: [4, 3, 3, 2, 1] },
  executive: {
    roles: "24-48 24-40 20-36 18-30 16-30 12-24",
    count: "4-6",
    levels: [5, 4, 3, 3, 2, 1],
  },
  "career-changer": {
    roles: "10-30 6-14",
    count: "1-2",
    levels: [1, 0],
    gaps: "0 4-12",
    careerChange: true,
  },
  gap: { roles: "12-30 18-36 12-24", count: "2-3", levels: [3, 2, 1], gaps: "9-20 0-2" },
  overlap: { roles: "18-36 18-36 10-20", count: "2-3", levels: [3, 2, 1], overlap: true },
  "non-tech": { roles: "18-48 14-36 10-30", count: "2-3", levels: [3, 2, 1] },
  "multi-role": {
    roles: "14-30 12-24 12-30 10-24",
    count: "3-4",
    levels: [4, 3, 2, 1],
    gaps: "0",
    sameCompany: 1,
  },
  returner: { roles: "20-40 14-30", count: "2", levels: [3, 2], endOffset: "10-26" },
};

function plan(kind: PersonaKind, rng: Rng): Plan {
  const shape = SHAPES[kind];
  const tracks = TRACKS.filter((t) => t.tech === (kind !== "non-tech"));
  const between = ([min, max]: Span) => rng.int(min, max);
  const count = between(spans(shape.count)[0]!);
  const roles = spans(shape.roles);
  const gaps = shape.gaps ? spans(shape.gaps) : [];
  return {
    track: rng.pick(tracks),
    durations: roles.slice(0, count).map(between),
    gaps: roles.map((_, i) => (gaps[i] ? between(gaps[i]) : rng.chance(0.6) ? 0 : rng.int(1, 3))),
    levels: [...shape.levels],
    endOffset: shape.endOffset ? between(spans(shape.endOffset)[0]!) : 0,
    ...(shape.careerChange
      ? { previousTrack: rng.pick(TRACKS.filter((t) => !t.tech)), previousCount: rng.int(1, 2) }
      : {}),
    ...(shape.overlap ? { overlap: true } : {}),
    ...(shape.sameCompany !== undefined ? { sameCompany: shape.sameCompany } : {}),
  };
}

function rolesFor(p: Plan, language: Language, asOf: MonthIndex, rng: Rng): CareerRole[] {
  const roles: CareerRole[] = [];
  let cursor = asOf - p.endOffset;
  const companies = rng.sample(COMPANIES[language].concat(rng.chance(0.3) ? COMPANIES.en : []), 8);
  const cities = CITIES[language];
  const addRole = (track: Track, duration: number, level: Level, i: number, ongoing: boolean) => {
    const end = cursor;
    const start = end - duration + 1;
    const base = rng.pick(track.bases);
    roles.push({
      title: titleFor(track, level, language, rng, base),
      company: companies[i % companies.length]!,
      city: rng.pick(cities),
      start,
      end,
      ongoing,
      bullets: bulletsFor(track, language, rng, level === 0 ? 1 : rng.int(1, 3)),
      sameCompanyAsNext: false,
    });
    return start;
  };
  p.durations.forEach((duration, i) => {
    const start = addRole(p.track, duration, p.levels[i] ?? 1, i, i === 0 && p.endOffset === 0);
    cursor = start - 1 - (p.gaps[i] ?? 0);
  });
  if (p.previousTrack) {
    for (let i = 0; i < (p.previousCount ?? 1); i++) {
      const start = addRole(p.previousTrack, rng.int(18, 40), i === 0 ? 3 : 2, roles.length, false);
      cursor = start - 1 - rng.int(0, 2);
    }
  }
  if (p.sameCompany !== undefined && roles.length > p.sameCompany) {
    // A promotion: the newer role at the same employer, straight after the older one.
    const older = roles[p.sameCompany]!;
    roles[p.sameCompany - 1]!.company = older.company;
    roles[p.sameCompany - 1]!.city = older.city;
    roles[p.sameCompany - 1]!.sameCompanyAsNext = true;
  }
  if (p.overlap) {
    // A freelance engagement alongside the newest two roles.
    const anchor = roles[1] ?? roles[0]!;
    const start = anchor.start + rng.int(2, 8);
    const end = Math.min(asOf, start + rng.int(6, 16));
    roles.splice(1, 0, {
      title: {
        text:
          language === "de"
            ? "Freiberuflicher Berater"
            : language === "fr"
              ? "Consultant indépendant"
              : language === "es"
                ? "Consultor independiente"
                : "Freelance Consultant",
        skills: [],
      },
      company:
        language === "de"
          ? "Selbstständig"
          : language === "fr"
            ? "Indépendant"
            : language === "es"
              ? "Autónomo"
              : "Self-employed",
      city: "Remote",
      start,
      end,
      ongoing: end === asOf,
      bullets: bulletsFor(p.track, language, rng, 1),
      sameCompanyAsNext: false,
    });
  }
  return roles;
}

function bulletsFor(track: Track, language: Language, rng: Rng, count: number): Labelled[] {
  const out: Labelled[] = [];
  const pool = [...track.core, ...track.core, ...track.extra];
  for (let i = 0; i < count; i++) {
    if (rng.chance(0.2)) {
      out.push({ text: rng.pick(PLAIN_BULLETS[language]), skills: [] });
      continue;
    }
    out.push(bullet(rng.pick(BULLETS[language]), pool, rng));
  }
  return out;
}

function educationFor(
  p: Plan,
  kind: PersonaKind,
  language: Language,
  asOf: MonthIndex,
  roles: readonly CareerRole[],
  rng: Rng,
): Degree[] {
  const oldest = roles.at(-1)?.start ?? asOf;
  const degrees = DEGREES[language];
  const track = p.previousTrack ?? p.track;
  const field = labelled(rng.pick(track.fields));
  const schools = rng.sample(UNIVERSITIES[language], 2);
  const out: Degree[] = [];
  if (kind === "student") {
    const start = asOf - rng.int(18, 40);
    out.push({
      degree: rng.pick(degrees.bachelor),
      field,
      school: schools[0]!,
      start,
      end: start + 47,
      ongoing: true,
    });
    return out;
  }
  const bachelorEnd = oldest - rng.int(1, 6);
  const withMaster = rng.chance(0.45);
  const masterEnd = bachelorEnd;
  const bEnd = withMaster ? masterEnd - 24 : bachelorEnd;
  out.push({
    degree: rng.pick(degrees.bachelor),
    field,
    school: schools[0]!,
    start: bEnd - 41,
    end: bEnd,
    ongoing: false,
  });
  if (withMaster) {
    out.unshift({
      degree: rng.pick(degrees.master),
      field: labelled(rng.pick(track.fields)),
      school: schools[1] ?? schools[0]!,
      start: masterEnd - 23,
      end: masterEnd,
      ongoing: false,
    });
  }
  if (kind === "career-changer") {
    // The bootcamp ends just before the first role of the new career (roles are newest first).
    const firstOfNewCareer = roles[p.durations.length - 1] ?? roles[0]!;
    const end = firstOfNewCareer.start - 1;
    out.unshift({
      degree: "Bootcamp",
      field: { text: "Web Development", skills: [] },
      school: rng.pick(["Le Wagon", "Ironhack", "General Assembly"]),
      start: end - 3,
      end,
      ongoing: false,
    });
  }
  return out;
}

function skillGroupsFor(track: Track, rng: Rng, language: Language): SkillGroup[] {
  const chosen = [
    ...new Set([
      ...rng.sample(track.core, rng.int(4, 8)),
      ...rng.sample(track.extra, rng.int(2, 7)),
    ]),
  ];
  const soft = rng.sample(track.soft, rng.int(0, 3));
  const style = rng.int(0, 2);
  if (style === 0) {
    const labels: Record<Language, [string, string, string]> = {
      en: ["Languages & frameworks", "Tools", "Soft skills"],
      de: ["Programmierung", "Werkzeuge", "Soziale Kompetenzen"],
      fr: ["Langages", "Outils", "Savoir-être"],
      es: ["Lenguajes", "Herramientas", "Habilidades blandas"],
    };
    const [a, b, c] = labels[language];
    const half = Math.ceil(chosen.length / 2);
    const groups: SkillGroup[] = [
      { label: a, items: chosen.slice(0, half).map((id) => surfaceOf(id, "list", rng)) },
      { label: b, items: chosen.slice(half).map((id) => surfaceOf(id, "list", rng)) },
    ];
    if (soft.length) groups.push({ label: c, items: soft.map((id) => surfaceOf(id, "list", rng)) });
    return groups;
  }
  return [{ label: null, items: [...chosen, ...soft].map((id) => surfaceOf(id, "list", rng)) }];
}

/** One person: a career that fits the kind, and everything the resume will say about it. */
export function makePersona(
  kind: PersonaKind,
  language: Language,
  asOf: MonthIndex,
  rng: Rng,
): Persona {
  const p = plan(kind, rng);
  const roles = rolesFor(p, language, asOf, rng);
  const education = educationFor(p, kind, language, asOf, roles, rng);
  const certifications = rng
    .sample(p.track.certs, kind === "student" ? rng.int(0, 1) : rng.int(0, 2))
    .map(labelled);
  const headline = roles[0] ? roles[0].title : titleFor(p.track, 0, language, rng);
  const years = Math.max(
    1,
    Math.round(monthsToYears(coveredMonths(roles.map((r) => ({ start: r.start, end: r.end }))))),
  );
  let summary: Labelled | null = null;
  if (rng.chance(0.7)) {
    const template = rng
      .pick(SUMMARIES[language])
      .replace("{role}", headline.text)
      .replace("{years}", String(years));
    const filled = template.includes("{0}")
      ? bullet(template, p.track.core, rng)
      : { text: template, skills: [] };
    summary = { text: filled.text, skills: [...headline.skills, ...filled.skills] };
  }
  const careerBreak =
    kind === "gap" && roles.length > 1 && rng.chance(0.6) ? breakIn(roles, language, rng) : null;
  return {
    kind,
    language,
    name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    track: p.track,
    headline,
    summary,
    roles,
    careerBreak,
    education,
    certifications,
    skillGroups: skillGroupsFor(p.track, rng, language),
    spoken: rng.sample(SPOKEN[language], rng.int(1, 3)),
  };
}

/** The longest gap between two roles, listed as a break. */
function breakIn(roles: readonly CareerRole[], language: Language, rng: Rng): CareerBreak | null {
  let best: CareerBreak | null = null;
  for (let i = 0; i + 1 < roles.length; i++) {
    const start = roles[i + 1]!.end + 1;
    const end = roles[i]!.start - 1;
    if (end - start >= 5 && (!best || end - start > best.end - best.start)) {
      best = { text: rng.pick(BREAKS[language]), start, end };
    }
  }
  return best;
}

/** The labels: every skill the resume names, and the years its roles cover (overlaps once). */
export function labelsOf(
  persona: Persona,
  asOf: MonthIndex,
): { skills: string[]; totalYears: number } {
  const skills = new Set<string>();
  const add = (l: Labelled | null) => l?.skills.forEach((s) => skills.add(s));
  persona.roles.forEach((r) => {
    add(r.title);
    r.bullets.forEach(add);
  });
  persona.education.forEach((e) => add(e.field));
  persona.certifications.forEach(add);
  add(persona.headline);
  add(persona.summary);
  persona.skillGroups.forEach((g) => g.items.forEach((i) => skills.add(i.skillId)));
  const months = coveredMonths(
    clampRanges(
      persona.roles.map((r) => ({ start: r.start, end: r.end })),
      asOf,
    ),
  );
  return { skills: [...skills].sort(), totalYears: Math.round((months / 12) * 100) / 100 };
}
