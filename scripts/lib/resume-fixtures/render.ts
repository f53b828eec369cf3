import { monthOf, yearOf, type MonthIndex } from "@/lib/resumes/dates/month-range";
import {
  FOOTERS,
  HEADINGS,
  INTERESTS,
  MONTH_NAMES,
  PRESENT,
  PROFICIENCY,
  SEASONS,
  type Language,
} from "./pools";

import type { CareerRole, Degree, Persona } from "./persona";
import type { Rng } from "./random";

export const LAYOUTS = [
  "single",
  "sidebar-left",
  "sidebar-right",
  "table-dates",
  "right-dates",
] as const;
export type Layout = (typeof LAYOUTS)[number];

export const DATE_FORMATS = [
  "MMM YYYY",
  "MMMM YYYY",
  "MM/YYYY",
  "MM.YYYY",
  "YYYY-MM",
  "YYYY/MM",
  "MMM 'YY",
  "YYYY",
  "Season YYYY",
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** What a page shows, independent of PDF or DOCX. */
export type Block =
  | { kind: "name"; text: string }
  | { kind: "contact"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "para"; text: string; bold?: boolean }
  | { kind: "bullet"; text: string }
  /** An entry line; `dates` go to a left column (table-dates), the right edge (right-dates) or inline. */
  | { kind: "entry"; text: string; dates?: string; bold?: boolean };

export interface ResumeDocument {
  layout: Layout;
  header: Block[];
  main: Block[];
  side: Block[];
}

export interface RenderChoices {
  layout: Layout;
  dateFormat: DateFormat;
  entryStyle: "A" | "B" | "C" | "E" | "F" | "L";
  /** Skill levels after list items ("Python (expert)"). */
  proficiency: boolean;
  /** "References available on request" and similar lines at the end. */
  footer: boolean;
  connector: string;
  since: boolean;
}

function formatDate(m: MonthIndex, format: DateFormat, language: Language, isEnd: boolean): string {
  const y = yearOf(m);
  const mo = monthOf(m);
  const mm = String(mo + 1).padStart(2, "0");
  const names = MONTH_NAMES[language];
  switch (format) {
    case "MMM YYYY":
      return `${names.short[mo]} ${y}`;
    case "MMMM YYYY":
      return `${names.long[mo]} ${y}`;
    case "MM/YYYY":
      return `${mm}/${y}`;
    case "MM.YYYY":
      return `${mm}.${y}`;
    case "YYYY-MM":
      return `${y}-${mm}`;
    case "YYYY/MM":
      return `${y}/${mm}`;
    case "MMM 'YY":
      return `${MONTH_NAMES.en.short[mo]} '${String(y % 100).padStart(2, "0")}`;
    case "YYYY":
      return String(y);
    case "Season YYYY": {
      const season = mo <= 1 || mo === 11 ? 0 : mo <= 4 ? 1 : mo <= 7 ? 2 : 3;
      const year = mo === 11 && !isEnd ? y + 1 : y;
      return `${SEASONS[language][season]} ${year}`;
    }
  }
}

const SINCE: Record<Language, string> = { en: "Since", de: "seit", fr: "depuis", es: "desde" };

function dateRange(
  start: MonthIndex,
  end: MonthIndex,
  ongoing: boolean,
  persona: Persona,
  c: RenderChoices,
  rng: Rng,
): string {
  const from = formatDate(start, c.dateFormat, persona.language, false);
  if (ongoing) {
    if (c.since) return `${SINCE[persona.language]} ${from}`;
    const present = rng.pick(PRESENT[persona.language]);
    // "to date", "à ce jour" carry their own connector.
    if (/^(?:to|à|a) /.test(present) && /^ \p{L}+ $/u.test(c.connector))
      return `${from} ${present}`;
    return `${from}${c.connector}${present}`;
  }
  return `${from}${c.connector}${formatDate(end, c.dateFormat, persona.language, true)}`;
}

function roleBlocks(
  role: CareerRole,
  persona: Persona,
  c: RenderChoices,
  rng: Rng,
  underEmployer: boolean,
): Block[] {
  const dates = dateRange(role.start, role.end, role.ongoing, persona, c, rng);
  const bullets: Block[] = role.bullets.map((b) => ({ kind: "bullet", text: b.text }));
  const separated = c.layout === "table-dates" || c.layout === "right-dates";
  if (underEmployer)
    return [
      { kind: "entry", text: role.title.text, dates: separated ? dates : undefined, bold: true },
      ...(separated ? [] : [{ kind: "para", text: dates } as Block]),
      ...bullets,
    ];
  if (separated) {
    return [
      { kind: "entry", text: `${role.title.text}, ${role.company}`, dates, bold: true },
      { kind: "para", text: role.city },
      ...bullets,
    ];
  }
  switch (c.entryStyle) {
    case "A":
      return [
        { kind: "entry", text: `${role.title.text} — ${role.company}, ${role.city}`, bold: true },
        { kind: "para", text: dates },
        ...bullets,
      ];
    case "B":
      return [
        { kind: "entry", text: `${role.company} | ${role.title.text} | ${dates}`, bold: true },
        ...bullets,
      ];
    case "C":
      return [
        { kind: "entry", text: role.title.text, bold: true },
        { kind: "para", text: `${role.company} · ${role.city} · ${dates}` },
        ...bullets,
      ];
    case "E":
      return [
        { kind: "entry", text: `${role.company}, ${role.city}`, bold: true },
        { kind: "para", text: `${role.title.text} (${dates})` },
        ...bullets,
      ];
    case "F":
      return [
        { kind: "entry", text: `${role.title.text} @ ${role.company}`, bold: true },
        { kind: "para", text: `${dates} | ${role.city}` },
        ...bullets,
      ];
    case "L": {
      // LinkedIn's export: employer, title, dates with the duration, place.
      const months = role.end - role.start + 1;
      const y = Math.floor(months / 12);
      const m = months % 12;
      const duration = [
        y ? `${y} yr${y > 1 ? "s" : ""}` : "",
        m ? `${m} mo${m > 1 ? "s" : ""}` : "",
      ]
        .filter(Boolean)
        .join(" ");
      return [
        { kind: "entry", text: role.company, bold: true },
        { kind: "para", text: role.title.text },
        { kind: "para", text: `${dates} · ${duration}` },
        { kind: "para", text: role.city },
        ...bullets,
      ];
    }
  }
}

function educationBlocks(d: Degree, persona: Persona, c: RenderChoices, rng: Rng): Block[] {
  const degree = `${d.degree} ${d.field.text}`.replace(/\s+/g, " ");
  const dates = d.ongoing
    ? rng.chance(0.5)
      ? `${formatDate(d.start, "YYYY", persona.language, false)}${c.connector}${rng.pick(PRESENT[persona.language])}`
      : `${formatDate(d.start, "YYYY", persona.language, false)}${c.connector}${formatDate(d.end, "YYYY", persona.language, true)}`
    : `${formatDate(d.start, c.dateFormat === "Season YYYY" ? "YYYY" : c.dateFormat, persona.language, false)}${c.connector}${formatDate(d.end, c.dateFormat === "Season YYYY" ? "YYYY" : c.dateFormat, persona.language, true)}`;
  if (c.layout === "table-dates" || c.layout === "right-dates") {
    return [{ kind: "entry", text: `${degree}, ${d.school}`, dates, bold: true }];
  }
  return rng.chance(0.5)
    ? [
        { kind: "entry", text: `${degree}, ${d.school}`, bold: true },
        { kind: "para", text: dates },
      ]
    : [
        { kind: "entry", text: degree, bold: true },
        { kind: "para", text: `${d.school}, ${dates}` },
      ];
}

/** Lays the persona out as blocks: header, main column and (for sidebars) the side column. */
export function renderPersona(persona: Persona, c: RenderChoices, rng: Rng): ResumeDocument {
  const headings = HEADINGS[persona.language];
  const h = Object.fromEntries(
    Object.entries(headings).map(([k, v]) => [k, rng.pick(v)]),
  ) as Record<keyof typeof headings, string>;
  const header: Block[] = [
    { kind: "name", text: persona.name },
    {
      kind: "contact",
      text: `${persona.headline.text} · ${persona.roles[0]?.city ?? "Remote"} · ${persona.name
        .split(" ")[0]!
        .toLowerCase()
        .normalize("NFD")
        .replace(/[^a-z]/g, "")}@example.com · +44 20 7946 0${rng.int(100, 999)}`,
    },
  ];
  const experience: Block[] = [{ kind: "heading", text: h.experience }];
  const careerBreak = persona.careerBreak;
  persona.roles.forEach((role, i) => {
    if (
      careerBreak &&
      role.end < careerBreak.start &&
      persona.roles[i - 1] &&
      persona.roles[i - 1]!.start > careerBreak.end
    ) {
      const dates = dateRange(careerBreak.start, careerBreak.end, false, persona, c, rng);
      experience.push({
        kind: "entry",
        text: careerBreak.text,
        dates: c.layout === "table-dates" || c.layout === "right-dates" ? dates : undefined,
        bold: true,
      });
      if (c.layout !== "table-dates" && c.layout !== "right-dates")
        experience.push({ kind: "para", text: dates });
    }
    const previous = persona.roles[i - 1];
    if (role.sameCompanyAsNext) return;
    const promoted = previous?.sameCompanyAsNext ? [previous, role] : [role];
    if (promoted.length === 2 && c.layout !== "table-dates" && c.layout !== "right-dates") {
      experience.push({ kind: "entry", text: `${role.company}, ${role.city}`, bold: true });
      for (const r of promoted) experience.push(...roleBlocks(r, persona, c, rng, true));
    } else {
      for (const r of promoted) experience.push(...roleBlocks(r, persona, c, rng, false));
    }
  });
  const education: Block[] = [
    { kind: "heading", text: h.education },
    ...persona.education.flatMap((d) => educationBlocks(d, persona, c, rng)),
  ];
  const skills: Block[] = [{ kind: "heading", text: h.skills }];
  const sidebar = c.layout === "sidebar-left" || c.layout === "sidebar-right";
  for (const group of persona.skillGroups) {
    const items = group.items.map((i) =>
      c.proficiency ? `${i.text} ${rng.pick(PROFICIENCY[persona.language])}` : i.text,
    );
    if (sidebar && !group.label)
      skills.push(...items.map((text): Block => ({ kind: "para", text })));
    else
      skills.push({
        kind: "para",
        text: `${group.label ? `${group.label}: ` : ""}${items.join(rng.pick([", ", " · ", " | ", ", "]))}`,
      });
  }
  const certs: Block[] = persona.certifications.length
    ? [
        { kind: "heading", text: h.certifications },
        ...persona.certifications.map((cert): Block => ({
          kind: "bullet",
          text: `${cert.text} (${rng.int(2016, 2025)})`,
        })),
      ]
    : [];
  const spoken: Block[] = [
    { kind: "heading", text: h.languages },
    ...persona.spoken.map((text): Block => ({ kind: "para", text })),
  ];
  const interests: Block[] = rng.chance(0.35)
    ? [
        { kind: "heading", text: h.interests },
        { kind: "para", text: rng.pick(INTERESTS[persona.language]) },
      ]
    : [];
  const footer: Block[] = c.footer
    ? [{ kind: "para", text: rng.pick(FOOTERS[persona.language]) }]
    : [];
  const summary: Block[] = persona.summary
    ? [
        { kind: "heading", text: h.summary },
        { kind: "para", text: persona.summary.text },
      ]
    : [];

  if (sidebar) {
    return {
      layout: c.layout,
      header,
      main: [...summary, ...experience, ...footer],
      side: [...skills, ...education, ...certs, ...spoken, ...interests],
    };
  }
  const skillsFirst = rng.chance(0.3);
  const main = skillsFirst
    ? [...summary, ...skills, ...experience, ...education, ...certs, ...spoken, ...interests]
    : [...summary, ...experience, ...education, ...skills, ...certs, ...spoken, ...interests];
  return { layout: c.layout, header, main: [...main, ...footer], side: [] };
}
