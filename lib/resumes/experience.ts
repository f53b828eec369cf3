import { findDateRanges, type DateRange } from "./dates/parse-dates";
import {
  clampRanges,
  coveredMonths,
  durationMonths,
  formatMonth,
  gapsBetween,
  monthsToYears,
  type MonthIndex,
} from "./dates/month-range";
import {
  isTechFamily,
  levelRank,
  looksLikeTitle,
  roleFamily,
  titleLevel,
  type RoleFamily,
  type SeniorityLevel,
} from "./job-titles";
import type { ResumeLine } from "./sections";
import { fold, wordList } from "./text-fold";

export interface Role {
  title: string | null;
  company: string | null;
  location: string | null;
  /** `YYYY-MM`. */
  start: string;
  /** `YYYY-MM`; the reference month for ongoing roles. */
  end: string;
  ongoing: boolean;
  months: number;
  /** The level the title states, or null. */
  level: SeniorityLevel | null;
  family: RoleFamily;
  internship: boolean;
  /** The line holding the dates. */
  lineNumber: number;
  dates: string;
}

export interface CareerGap {
  start: string;
  end: string;
  months: number;
}

export interface Progression {
  /** Rising: promoted with no step down; steady: one level; declining: more steps down than up. */
  trend: "rising" | "steady" | "declining" | "mixed" | "none";
  promotions: number;
  averageTenureMonths: number;
  gaps: CareerGap[];
  careerChange: { from: RoleFamily; to: RoleFamily; since: string } | null;
}

export interface ExperienceSummary {
  /** Newest first. */
  roles: Role[];
  /** Months covered by any role, overlaps counted once. */
  totalMonths: number;
  totalYears: number;
  /** The same without internships and student jobs. */
  professionalYears: number;
  seniority: SeniorityLevel | null;
  currentRole: { title: string | null; company: string | null } | null;
  progression: Progression;
}

const BULLET = /^\s*(?:[•·▪●◦‣∙*►✓✔➢-]|\d{1,2}[.)])\s+/u;
const SEPARATORS =
  /\s+[|·•–—-]\s+|\s*\|\s*|\s{2,}|,\s+|\s+@\s+|\s+(?:at|bei|chez|para|presso)\s+/iu;
// Legal forms and company-name nouns end a company name ("Acme Software GmbH"); a few words
// name an employer wherever they stand ("Hotel Adlon", "University of Leeds").
const COMPANY_END =
  /(?:^|\s)(?:gmbh|ag|se|kg|gbr|inc\.?|llc|ltd\.?|limited|s\.?a\.?s?|sarl|s\.l\.?|s\.p\.a\.?|spa|b\.?v\.?|n\.v\.|plc|corp\.?|corporation|co\.|company|group|gruppe|labs?|technologies|solutions|systems|software|consulting|partners|e\.v\.|ltda\.?|oy|ab|as|aps|sp\. z o\.o\.|pty|holding|foundation|stiftung|ventures|media|digital|analytics|networks|health|foods?|logistics|retail|capital|insurance|studios?|agency)\s*$/iu;
const EMPLOYER_WORD =
  /(?:^|\s)(?:bank|university|universitat|universite|universidad|hospital|klinikum|clinic|clinique|school|academy|restaurant|hotel|institute|institut|ministry|council|agentur)(?![\p{L}])/iu;
const LOCATION =
  /^(?:remote|hybrid|on-?site|vor ort|teletravail|remoto|[\p{Lu}][\p{L}' .-]+,\s*(?:[A-Z]{2}|usa|uk|germany|deutschland|france|spain|espana|italy|netherlands|switzerland|schweiz|austria|osterreich|poland|polska|portugal|canada|mexico|brazil|brasil|argentina|colombia|chile|india|ireland|sweden|denmark|norway|finland|belgium|czechia|romania))$/iu;
const CITIES = new Set(
  wordList(`
  berlin | munich | munchen | hamburg | frankfurt | koln | cologne | stuttgart | dusseldorf |
  leipzig | dresden | vienna | wien | zurich | geneva | geneve | basel | bern | paris | lyon |
  marseille | toulouse | lille | bordeaux | nantes | madrid | barcelona | valencia | sevilla |
  seville | bilbao | malaga | lisbon | lisboa | porto | rome | roma | milan | milano | turin |
  torino | amsterdam | rotterdam | utrecht | brussels | bruxelles | antwerp | london |
  manchester | edinburgh | dublin | cork | stockholm | copenhagen | oslo | helsinki | warsaw |
  warszawa | krakow | wroclaw | prague | praha | budapest | bucharest | athens | istanbul |
  new york | san francisco | seattle | austin | boston | chicago | los angeles | toronto |
  vancouver | montreal | mexico city | bogota | medellin | buenos aires | santiago | lima |
  sao paulo | rio de janeiro | bangalore | bengaluru | pune | hyderabad | mumbai | delhi |
  singapore | tokyo | sydney | melbourne | tel aviv | dubai | cape town | nairobi | lagos |
  remote
`),
);

const isLocation = (text: string): boolean => {
  const folded = fold(text.trim());
  return (
    CITIES.has(folded) || LOCATION.test(text.trim()) || CITIES.has(folded.split(",")[0]!.trim())
  );
};

const DURATION =
  /\(?\s*(?:\d+\s*(?:years?|yrs?|months?|mos?|jahren?|jahre?|monaten?|monate?|ans?|mois|años?|anos?|meses)(?![\p{L}])\.?\s*)+\)?/giu;

// Listed with dates, but no job: breaks count towards no experience.
const CAREER_BREAK =
  /(?:career break|sabbatical|parental leave|maternity leave|paternity leave|gap year|travell?ing|elternzeit|auszeit|conge parental|annee sabbatique|ano sabatico|baja por (?:maternidad|paternidad)|excedencia)/u;

/** Text left of and right of the dates, with leftover punctuation and durations removed. */
function withoutDates(line: string, range: DateRange): string {
  return (line.slice(0, range.index) + "  " + line.slice(range.index + range.length))
    .replace(DURATION, " ")
    .replace(/\(\s*\)/g, " ")
    .replace(BULLET, "")
    .replace(/^[\s|·•,:;–—-]+|[\s|·•,:;–—-]+$/gu, "")
    .trim();
}

const isBullet = (text: string): boolean => BULLET.test(text);
/** An unknown heading in capitals ("WHERE I'VE WORKED") ends the lines a role may use. */
const isCapsHeading = (text: string): boolean =>
  /\p{L}/u.test(text) &&
  text === text.toUpperCase() &&
  text.trim().split(/\s+/).length >= 2 &&
  !COMPANY_END.test(text) &&
  !/\d/.test(text);
// A sentence, not a header: long, or ending like one ("S.L." and "Inc." end company names).
const ABBREVIATION_END = /(?:\b\p{L}\.){1,3}$|\b(?:inc|ltd|corp|co|llc|bros|jr|sr|dept|st)\.$/iu;
const isProse = (text: string): boolean => {
  const t = text.trim();
  if (t.length > 90 || /[!?]$/.test(t)) return true;
  return t.endsWith(".") && !ABBREVIATION_END.test(t);
};

/** A line that can name a role: a title, an employer, a place, or a few capitalised words. */
function headerLike(text: string): boolean {
  const t = text.trim();
  if (looksLikeTitle(t) || COMPANY_END.test(t) || EMPLOYER_WORD.test(fold(t)) || isLocation(t)) {
    return true;
  }
  return t.split(/\s+/).length <= 4 && !/[;:]/.test(t) && /^[\p{Lu}\d]/u.test(t);
}

interface Header {
  title: string | null;
  company: string | null;
  location: string | null;
}

// Working for oneself names the "employer" too.
const SELF_EMPLOYED =
  /^(?:freelance|freelancer|self-employed|self employed|independent|selbststandig|selbstandig|freiberuflich|freiberufler|independant|independante|autonomo|autonoma)$/u;
const selfEmployed = (part: string) => SELF_EMPLOYED.test(fold(part).trim());

// How much a phrase reads like a job title, and how much like an employer's name.
const titleScore = (part: string) =>
  (looksLikeTitle(part) && !selfEmployed(part) ? 2 : 0) -
  (COMPANY_END.test(part) ? 3 : 0) -
  (EMPLOYER_WORD.test(fold(part)) ? 1 : 0);
const companyScore = (part: string) =>
  selfEmployed(part)
    ? 3
    : (COMPANY_END.test(part) ? 3 : 0) +
      (EMPLOYER_WORD.test(fold(part)) ? 2 : 0) -
      (looksLikeTitle(part) ? 2 : 0);

/** Title, company and location from the words around one set of dates (nearest first). */
function readHeader(fragments: readonly string[]): Header {
  const parts = fragments
    .flatMap((f) => f.split(SEPARATORS))
    .map((p) => p.replace(/^[\s(,;:]+|[\s),;:]+$/g, "").trim())
    .filter((p) => p.length > 1 && /\p{L}/u.test(p));
  const locations = new Set<string>();
  parts.forEach((part, i) => {
    // "Austin, TX": a two-letter code right after a place is part of it.
    if (isLocation(part) || (/^[A-Z]{2}$/.test(part) && locations.has(parts[i - 1] ?? ""))) {
      locations.add(part);
    }
  });
  const rest = parts.filter((p) => !locations.has(p));
  const best = (score: (p: string) => number, exclude: string | null) =>
    rest
      .filter((p) => p !== exclude)
      .reduce<[string | null, number]>(
        (acc, p) => (score(p) > acc[1] ? [p, score(p)] : acc),
        [null, 0],
      )[0];
  let title = best(titleScore, null);
  let company = best(companyScore, title);
  // No cue either way: the first remaining phrase names the employer, the other the role.
  company ??= rest.find((p) => p !== title && titleScore(p) <= 0) ?? null;
  title ??= rest.find((p) => p !== company) ?? null;
  const location = parts.find((p) => locations.has(p)) ?? null;
  return { title, company, location };
}

const EDUCATION_CUE =
  /(?:^|[^\p{L}])(?:bachelor|master|b\.?sc|m\.?sc|b\.?a\.|m\.?a\.|mba|ph\.?d|doctorate|university|universitat|universite|universidad|college|school|hochschule|abitur|baccalaureat|diploma|degree|studium|licence|licenciatura|grado)(?![\p{L}])/u;

interface Anchor {
  lineIndex: number;
  range: DateRange;
}

/**
 * Roles from the experience lines: every date range is one role; its title and company are read
 * from the same line, else the lines just above (not bullets, not another role's), else below.
 */
export function parseRoles(lines: readonly ResumeLine[], now: MonthIndex): Role[] {
  const hasExperience = lines.some((l) => l.section === "experience" && !l.heading);
  // Without an experience heading (none, or one we do not know: "Where I've worked"), roles
  // are read from every section but those that hold other dates.
  const inScope = (l: ResumeLine) =>
    hasExperience
      ? l.section === "experience"
      : !["education", "certifications"].includes(l.section);

  const anchors: Anchor[] = [];
  lines.forEach((line, lineIndex) => {
    if (line.heading || !inScope(line)) return;
    const range = findDateRanges(line.text, { now })[0];
    if (!range) return;
    if (!hasExperience && EDUCATION_CUE.test(fold(line.text))) return;
    anchors.push({ lineIndex, range });
  });

  const used = new Set<number>();
  anchors.forEach((a) => used.add(a.lineIndex));
  const free = (i: number) => {
    const line = lines[i];
    return (
      line !== undefined &&
      !used.has(i) &&
      !line.heading &&
      inScope(line) &&
      line.text.trim() !== "" &&
      !isBullet(line.text) &&
      !isCapsHeading(line.text) &&
      !isProse(line.text) &&
      headerLike(line.text)
    );
  };

  const roles: Role[] = [];
  let previousCompany: string | null = null;
  for (const { lineIndex, range } of anchors) {
    const own = withoutDates(lines[lineIndex]!.text, range);
    const fragments = own ? [own] : [];
    const above: string[] = [];
    for (let i = lineIndex - 1; i >= lineIndex - 2 && free(i); i--) {
      above.push(lines[i]!.text);
      used.add(i);
    }
    fragments.push(...above);
    if (CAREER_BREAK.test(fold(fragments.join(" ")))) continue;
    let header = readHeader(fragments);
    if (!header.title || !looksLikeTitle(header.title) || !header.company) {
      const below: string[] = [];
      for (let i = lineIndex + 1; i <= lineIndex + 2 && free(i); i++) {
        below.push(lines[i]!.text);
        used.add(i);
        if (looksLikeTitle(lines[i]!.text) && (header.company || below.length === 2)) break;
      }
      if (below.length > 0) header = readHeader([...fragments, ...below]);
    }
    // Several roles under one employer heading: later roles keep that employer.
    const company: string | null = header.company ?? previousCompany;
    previousCompany = company;
    const end = Math.min(range.end, now);
    const title = header.title;
    roles.push({
      title,
      company,
      location: header.location,
      start: formatMonth(range.start),
      end: formatMonth(end),
      ongoing: range.ongoing,
      months: durationMonths({ start: range.start, end }),
      level: title ? titleLevel(title) : null,
      family: title ? roleFamily(title) : "other",
      internship: title ? titleLevel(title) === "intern" : false,
      lineNumber: lines[lineIndex]!.number,
      dates: range.text.trim(),
    });
  }
  return roles;
}

const toMonth = (yyyyMm: string): MonthIndex => {
  const [y, m] = yyyyMm.split("-").map(Number);
  return y! * 12 + (m! - 1);
};

function seniorityOf(roles: readonly Role[], professionalYears: number): SeniorityLevel | null {
  if (roles.length === 0) return null;
  if (roles.every((r) => r.internship)) return "intern";
  const byYears: SeniorityLevel =
    professionalYears < 2 ? "junior" : professionalYears < 5 ? "mid" : "senior";
  const latest = [...roles].sort(
    (a, b) => toMonth(b.end) - toMonth(a.end) || toMonth(b.start) - toMonth(a.start),
  )[0]!;
  switch (latest.level) {
    case "intern":
    case "junior":
      return professionalYears >= 5 ? "mid" : "junior";
    case "senior":
      return professionalYears >= 3 ? "senior" : "mid";
    case "lead":
      return professionalYears >= 4 ? "lead" : "senior";
    case "executive":
      return professionalYears >= 6 ? "executive" : "lead";
    default:
      return byYears;
  }
}

function isSideJob(role: Role, all: readonly Role[]): boolean {
  const span = { start: toMonth(role.start), end: toMonth(role.end) };
  const others = all
    .filter((r) => r !== role)
    .map((r) => ({
      start: Math.max(toMonth(r.start), span.start),
      end: Math.min(toMonth(r.end), span.end),
    }));
  return coveredMonths(others) >= 0.8 * durationMonths(span);
}

function progressionOf(roles: readonly Role[], now: MonthIndex): Progression {
  const timeline = [...roles].sort((a, b) => toMonth(a.start) - toMonth(b.start));
  const ranges = clampRanges(
    timeline.map((r) => ({ start: toMonth(r.start), end: toMonth(r.end) })),
    now,
  );
  const gaps = gapsBetween(ranges)
    .filter((g) => durationMonths(g) >= 3)
    .map((g) => ({
      start: formatMonth(g.start),
      end: formatMonth(g.end),
      months: durationMonths(g),
    }));
  // A side job held while another role ran (freelancing beside a full-time post) says nothing
  // about the career's direction.
  const mainLine = timeline.filter((role) => !isSideJob(role, timeline));
  const ranks = mainLine.map((r) => levelRank(r.level ?? "mid"));
  let ups = 0;
  let downs = 0;
  for (let i = 1; i < ranks.length; i++) {
    if (ranks[i]! > ranks[i - 1]!) ups++;
    if (ranks[i]! < ranks[i - 1]!) downs++;
  }
  const trend =
    mainLine.length < 2
      ? "none"
      : ups > 0 && downs === 0
        ? "rising"
        : ups === 0 && downs === 0
          ? "steady"
          : downs > ups
            ? "declining"
            : "mixed";
  const first = timeline.find((r) => r.family !== "other");
  const last = [...timeline].reverse().find((r) => r.family !== "other");
  const changed =
    first && last && first !== last && isTechFamily(first.family) !== isTechFamily(last.family);
  const since = changed ? timeline.find((r) => r.family === last.family)!.start : null;
  return {
    trend,
    promotions: ups,
    averageTenureMonths: timeline.length
      ? Math.round(timeline.reduce((s, r) => s + r.months, 0) / timeline.length)
      : 0,
    gaps,
    careerChange: changed && since ? { from: first.family, to: last.family, since } : null,
  };
}

/** Roles, total and professional years (overlaps once), seniority and progression. */
export function summariseExperience(
  lines: readonly ResumeLine[],
  now: MonthIndex,
): ExperienceSummary {
  const roles = parseRoles(lines, now);
  const ranges = roles.map((r) => ({ start: toMonth(r.start), end: toMonth(r.end) }));
  const totalMonths = coveredMonths(clampRanges(ranges, now));
  const professional = coveredMonths(
    clampRanges(
      ranges.filter((_, i) => !roles[i]!.internship),
      now,
    ),
  );
  const professionalYears = monthsToYears(professional);
  const progression = progressionOf(roles, now);
  // A career changer's level is read from the years in the new kind of work.
  const change = progression.careerChange;
  const relevant = change
    ? roles.filter((r) => !r.internship && isTechFamily(r.family) === isTechFamily(change.to))
    : roles.filter((r) => !r.internship);
  const relevantYears = monthsToYears(
    coveredMonths(
      clampRanges(
        relevant.map((r) => ({ start: toMonth(r.start), end: toMonth(r.end) })),
        now,
      ),
    ),
  );
  const newestFirst = [...roles].sort(
    (a, b) => toMonth(b.end) - toMonth(a.end) || toMonth(b.start) - toMonth(a.start),
  );
  const current = newestFirst.find((r) => r.ongoing) ?? null;
  return {
    roles: newestFirst,
    totalMonths,
    totalYears: monthsToYears(totalMonths),
    professionalYears,
    seniority: seniorityOf(roles, relevantYears),
    currentRole: current ? { title: current.title, company: current.company } : null,
    progression,
  };
}
