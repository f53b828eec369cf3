import { escapeRegExp, fold } from "../text-fold";
import {
  FROM_WORDS,
  MONTHS,
  PRESENT_WORDS,
  RANGE_WORDS,
  SEASONS,
  SINCE_WORDS,
} from "./calendar-words";
import { monthIndex, type MonthIndex, type MonthRange } from "./month-range";

/** How exactly a resume wrote a date; a bare year is the least exact. */
export type DatePrecision = "day" | "month" | "season" | "year";

/** One date written in a line: its own first and last month (a bare year spans all twelve). */
export interface DatePoint {
  first: MonthIndex;
  last: MonthIndex;
  precision: DatePrecision;
  /** Position in the line. */
  index: number;
  length: number;
  /** A month name with no year ("Jan – Mar 2019"): takes its year from the other end. */
  monthOnly?: number;
  /** MM/YY: only believed as half of a range whose other half is MM/YY too. */
  weak?: boolean;
}

export interface DateRange extends MonthRange {
  /** Open range ("– present", "since 2020"): ends at the reference month. */
  ongoing: boolean;
  precision: DatePrecision;
  /** Where the range was written in the line. */
  index: number;
  length: number;
  text: string;
}

const alternation = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

const YEAR = String.raw`(?:19|20)\d{2}`;
const MONTH_WORD = alternation(MONTHS.keys());
const SEASON_WORD = alternation(SEASONS.keys());

// Alternatives in priority order; each one reads a single date. The text is folded first, so
// month names match whatever their case or accents ("Févr.", "MÄRZ").
const POINT = new RegExp(
  [
    String.raw`(?<d1>\d{1,2})\s?[./]\s?(?<m1>\d{1,2})\s?[./]\s?(?<y1>${YEAR})(?!\d)`,
    String.raw`(?<y2>${YEAR})-(?<m2>\d{1,2})-(?<d2>\d{1,2})(?!\d)`,
    String.raw`(?<mw>${MONTH_WORD})(?![\p{L}])\.?(?:,?\s*(?:de\s+|del\s+|of\s+)?|\s*[-/.]\s*)(?:(?<y3>${YEAR})|[’'](?<yy3>\d{2}))(?!\d)`,
    String.raw`(?<sw>${SEASON_WORD})(?![\p{L}])(?:\s+(?:de\s+|del\s+)?|\s*[-/]\s*|\s*'?)(?<y4>${YEAR})(?!\d)`,
    String.raw`(?<m5>0?[1-9]|1[0-2])\s?[./-]\s?(?<y5>${YEAR})(?!\d)`,
    String.raw`(?<y6>${YEAR})\s?[./-]\s?(?<m6>0?[1-9]|1[0-2])(?![\d./])`,
    String.raw`(?<m7>0?[1-9]|1[0-2])/(?<yy7>\d{2})(?![\d/])`,
    String.raw`(?<y8>${YEAR})(?!\d)`,
    String.raw`(?<mw9>${MONTH_WORD})(?![\p{L}])\.?`,
  ].join("|"),
  "gu",
);

const num = (value: string | undefined): number => Number(value);
const twoDigitYear = (yy: string): number => {
  const n = Number(yy);
  return n <= 69 ? 2000 + n : 1900 + n;
};

function pointFrom(
  groups: Record<string, string | undefined>,
  written: string,
): Omit<DatePoint, "index" | "length"> | null {
  const at = (year: number, month: number, precision: DatePrecision) => {
    if (month < 0 || month > 11) return null;
    const m = monthIndex(year, month);
    return { first: m, last: m, precision };
  };
  if (groups.y1) {
    // 15.03.2019 is day-first; with slashes, a first part above 12 is the day, else US order.
    const [a, b] = [num(groups.d1), num(groups.m1)];
    const month = a > 12 || !written.includes("/") ? b : a;
    return at(num(groups.y1), month - 1, "day");
  }
  if (groups.y2) return at(num(groups.y2), num(groups.m2) - 1, "day");
  if (groups.mw) {
    const month = MONTHS.get(groups.mw.toLowerCase())!;
    const year = groups.y3 ? num(groups.y3) : twoDigitYear(groups.yy3!);
    return at(year, month, "month");
  }
  if (groups.sw) {
    const [first, last] = SEASONS.get(groups.sw)!;
    const year = num(groups.y4);
    return { first: monthIndex(year, first), last: monthIndex(year, last), precision: "season" };
  }
  if (groups.y5) return at(num(groups.y5), num(groups.m5) - 1, "month");
  if (groups.y6) return at(num(groups.y6), num(groups.m6) - 1, "month");
  if (groups.yy7) {
    const point = at(twoDigitYear(groups.yy7), num(groups.m7) - 1, "month");
    return point && { ...point, weak: true };
  }
  if (groups.y8) {
    const year = num(groups.y8);
    return { first: monthIndex(year, 0), last: monthIndex(year, 11), precision: "year" };
  }
  if (groups.mw9) {
    const month = MONTHS.get(groups.mw9)!;
    return { first: month, last: month, precision: "month", monthOnly: month };
  }
  return null;
}

/** Every single date written in the line, left to right. */
export function findDatePoints(line: string): DatePoint[] {
  const folded = fold(line);
  const points: DatePoint[] = [];
  for (const match of folded.matchAll(POINT)) {
    const start = match.index;
    // A date never continues a word or a longer number ("ISO 27001", "v2.2019").
    const before = folded[start - 1];
    if (before !== undefined && /[\p{L}\p{N}]/u.test(before)) continue;
    const point = pointFrom(match.groups ?? {}, match[0]);
    if (point) points.push({ ...point, index: start, length: match[0].length });
  }
  return points;
}

const CONNECTOR = new RegExp(
  String.raw`^\s*(?:[-–—‒―−~→]+|>|(?:${alternation(RANGE_WORDS)})(?![\p{L}]))\s*$`,
  "u",
);
// "– present", "to date", "– à ce jour", "- hasta la fecha", "bis heute".
const PRESENT = new RegExp(
  String.raw`^\s*(?:[-–—‒―−~→]+\s*(?:(?:${alternation(RANGE_WORDS)})\s+)?|(?:${alternation(RANGE_WORDS)})\s+)(?:${alternation(PRESENT_WORDS)})(?![\p{L}])`,
  "u",
);
const DANGLING = /^\s*[-–—‒―−~→]+\s*(?:$|[|,;·•(])/u;
const SINCE = new RegExp(String.raw`(?:^|[^\p{L}])((?:${alternation(SINCE_WORDS)})\s*)$`, "u");
const TWO_DIGIT_END = /^\s*(?:[-–—‒―−~→/]+|to|bis|a|au|hasta)\s*(\d{2})(?![\d./])/u;
const FROM = new RegExp(String.raw`(?:^|[^\p{L}])((?:${alternation(FROM_WORDS)})\s+)$`, "u");

export interface RangeOptions {
  /** The reference month for "present" (and the newest month a range may reach). */
  now: MonthIndex;
}

/**
 * Date ranges written in one line: "Jan 2019 – Present", "2019/03–2021/11", "03.2019 - 11.2021",
 * "Spring 2020 – Fall 2021", "2018 to date", "seit 2020", "Mar – Aug 2019", "2015–17",
 * "janv. 2019 – aujourd'hui", "marzo de 2018 - actualidad".
 */
export function findDateRanges(line: string, options: RangeOptions): DateRange[] {
  const folded = fold(line);
  const points = findDatePoints(line);
  const ranges: DateRange[] = [];
  const make = (from: DatePoint, start: number, end: number, ongoing: boolean, stop: number) => {
    // "from 2019 to 2021", "since 2020": the leading word belongs to the range, not to the title.
    const before = folded.slice(0, from.index);
    const prefix = FROM.exec(before) ?? (ongoing ? SINCE.exec(before) : null);
    const index = prefix ? from.index - prefix[1]!.length : from.index;
    const text = line.slice(index, stop);
    ranges.push({
      start,
      end,
      ongoing,
      precision: from.precision,
      index,
      length: stop - index,
      text,
    });
  };
  for (let i = 0; i < points.length; i++) {
    const from = points[i]!;
    const next = points[i + 1];
    const after = folded.slice(from.index + from.length, next?.index ?? folded.length);
    if (next && CONNECTOR.test(after) && !(from.weak && !next.weak) && !(next.weak && !from.weak)) {
      const [first, last] = resolvePair(from, next);
      if (first !== null && last !== null && last >= first) {
        make(from, first, last, false, next.index + next.length);
        i++;
        continue;
      }
    }
    if (from.weak || from.monthOnly !== undefined) continue;
    const present = PRESENT.exec(after);
    if (present) {
      make(from, startOf(from), options.now, true, from.index + from.length + present[0].length);
      continue;
    }
    const twoDigit = TWO_DIGIT_END.exec(after);
    if (twoDigit && from.precision === "year") {
      const endYear = Math.floor(from.first / 12 / 100) * 100 + Number(twoDigit[1]);
      const end = monthIndex(endYear, 11);
      if (end >= from.first) {
        make(
          from,
          startOf(from),
          endOf(from, end),
          false,
          from.index + from.length + twoDigit[0].length,
        );
        continue;
      }
    }
    const before = folded.slice(0, from.index);
    if (SINCE.test(before) || (!next && DANGLING.test(after))) {
      make(from, startOf(from), options.now, true, from.index + from.length);
    }
  }
  return ranges.filter((r) => r.start <= r.end && r.end - r.start < 12 * 60);
}

// A bare year is uncertain over twelve months; its middle is the unbiased guess, so
// "2019 – 2021" counts July 2019 to June 2021 (two years), and "2019 – 2019" the whole year.
const startOf = (p: DatePoint): MonthIndex => (p.precision === "year" ? p.first + 6 : p.first);
const endOf = (p: DatePoint, last: MonthIndex): MonthIndex =>
  p.precision === "year" ? last - 6 : last;

function resolvePair(from: DatePoint, to: DatePoint): [MonthIndex | null, MonthIndex | null] {
  if (to.monthOnly !== undefined) return [null, null];
  let first = from.first;
  if (from.monthOnly !== undefined) {
    // "Mar – Aug 2019": the start takes the end's year, or the year before when it would
    // otherwise come after the end ("Nov – Feb 2020").
    const year = Math.floor(to.first / 12);
    first = monthIndex(year, from.monthOnly);
    if (first > to.first) first -= 12;
    return [first, to.last];
  }
  if (from.precision === "year" && to.precision === "year") {
    if (from.first === to.first) return [from.first, to.last];
    return [from.first + 6, to.last - 6];
  }
  const start = from.precision === "year" ? from.first + 6 : first;
  const end = to.precision === "year" ? to.last - 6 : to.last;
  return [start, end];
}
