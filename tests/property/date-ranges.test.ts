/**
 * Career date arithmetic (lib/resumes/dates): merging overlapping and adjacent ranges, totals
 * that count every month once whatever the order, "present" ranges, and date ranges written in
 * many formats and languages read back to the months they were written from.
 */
import fc from "fast-check";
import {
  clampRanges,
  coveredMonths,
  durationMonths,
  gapsBetween,
  mergeRanges,
  monthIndex,
  type MonthRange,
} from "@/lib/resumes/dates/month-range";
import { findDateRanges } from "@/lib/resumes/dates/parse-dates";

const RUNS = { numRuns: 200 };
const month = fc.integer({ min: monthIndex(1990, 0), max: monthIndex(2030, 11) });
const range = fc
  .tuple(month, fc.integer({ min: 0, max: 96 }))
  .map(([start, length]): MonthRange => ({ start, end: start + length }));
const ranges = fc.array(range, { maxLength: 12 });

/** The oracle: a set of covered months. */
const monthsOf = (list: readonly MonthRange[]) => {
  const set = new Set<number>();
  for (const r of list) for (let m = r.start; m <= r.end; m++) set.add(m);
  return set;
};

describe("merging ranges", () => {
  it("covers exactly the months of the inputs, as sorted, disjoint, non-adjacent ranges", () => {
    fc.assert(
      fc.property(ranges, (input) => {
        const merged = mergeRanges(input);
        for (let i = 1; i < merged.length; i++) {
          expect(merged[i]!.start).toBeGreaterThan(merged[i - 1]!.end + 1);
        }
        expect(monthsOf(merged)).toEqual(monthsOf(input));
        expect(coveredMonths(input)).toBe(monthsOf(input).size);
      }),
      RUNS,
    );
  });

  it("does not depend on the order of the roles and is idempotent", () => {
    fc.assert(
      fc.property(ranges, fc.integer(), (input, seed) => {
        const shuffled = [...input]
          .map((r, i) => ({ r, k: Math.sin(seed + i) }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.r);
        expect(mergeRanges(shuffled)).toEqual(mergeRanges(input));
        expect(mergeRanges(mergeRanges(input))).toEqual(mergeRanges(input));
      }),
      RUNS,
    );
  });

  it("totals at least the longest role and at most the sum of all roles", () => {
    fc.assert(
      fc.property(ranges, (input) => {
        const total = coveredMonths(input);
        const lengths = input.map(durationMonths);
        expect(total).toBeLessThanOrEqual(lengths.reduce((a, b) => a + b, 0));
        expect(total).toBeGreaterThanOrEqual(Math.max(0, ...lengths));
      }),
      RUNS,
    );
  });

  it("a role inside another adds nothing; a disjoint role adds all of its months", () => {
    fc.assert(
      fc.property(range, fc.nat(), fc.nat(), (outer, a, b) => {
        const length = outer.end - outer.start;
        const start = outer.start + (length ? a % length : 0);
        const inner = { start, end: start + (length ? b % (outer.end - start + 1) : 0) };
        expect(coveredMonths([outer, inner])).toBe(durationMonths(outer));
        const later = { start: outer.end + 2, end: outer.end + 2 + (b % 40) };
        expect(coveredMonths([outer, later])).toBe(durationMonths(outer) + durationMonths(later));
        expect(gapsBetween([later, outer])).toEqual([{ start: outer.end + 1, end: outer.end + 1 }]);
      }),
      RUNS,
    );
  });

  it("gaps are exactly the uncovered months between the first and last covered month", () => {
    fc.assert(
      fc.property(fc.array(range, { minLength: 1, maxLength: 8 }), (input) => {
        const covered = monthsOf(input);
        const first = Math.min(...covered);
        const last = Math.max(...covered);
        const gaps = monthsOf(gapsBetween(input));
        for (let m = first; m <= last; m++) expect(gaps.has(m)).toBe(!covered.has(m));
      }),
      RUNS,
    );
  });
});

describe("present-day ranges", () => {
  const now = monthIndex(2026, 5);

  it("an open range ends at the reference month, and grows one month per month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: monthIndex(2000, 0), max: now }),
        fc.integer({ min: 0, max: 36 }),
        (start, k) => {
          const text = `${String((start % 12) + 1).padStart(2, "0")}/${Math.floor(start / 12)} – present`;
          const [today] = findDateRanges(text, { now });
          const [later] = findDateRanges(text, { now: now + k });
          expect(today).toMatchObject({ start, end: now, ongoing: true });
          expect(durationMonths(later!) - durationMonths(today!)).toBe(k);
        },
      ),
      RUNS,
    );
  });

  it("clamping at now never adds months and keeps every month before now", () => {
    fc.assert(
      fc.property(ranges, month, (input, limit) => {
        const clamped = clampRanges(input, limit);
        const before = [...monthsOf(input)].filter((m) => m <= limit);
        expect(monthsOf(clamped)).toEqual(new Set(before));
        // Advancing "now" by k months adds at most k covered months.
        expect(
          coveredMonths(clampRanges(input, limit + 5)) - coveredMonths(clamped),
        ).toBeLessThanOrEqual(5);
      }),
      RUNS,
    );
  });
});

// ---- Writing a range in one of many styles, then reading it back ----
const MONTHS: Record<string, string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  enLong: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  de: [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
  ],
  deShort: [
    "Jan.",
    "Feb.",
    "Mrz.",
    "Apr.",
    "Mai",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Okt.",
    "Nov.",
    "Dez.",
  ],
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  frShort: [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
  ],
  es: [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
};
type Style = (m: number) => string;
const y = (m: number) => Math.floor(m / 12);
const mo = (m: number) => m % 12;
const pad = (n: number) => String(n).padStart(2, "0");
const STYLES: Record<string, Style> = {
  ...Object.fromEntries(
    Object.entries(MONTHS).map(([k, names]) => [k, (m: number) => `${names[mo(m)]} ${y(m)}`]),
  ),
  esDe: (m) => `${MONTHS.es![mo(m)]} de ${y(m)}`,
  slash: (m) => `${pad(mo(m) + 1)}/${y(m)}`,
  dot: (m) => `${pad(mo(m) + 1)}.${y(m)}`,
  isoMonth: (m) => `${y(m)}-${pad(mo(m) + 1)}`,
  yearSlash: (m) => `${y(m)}/${pad(mo(m) + 1)}`,
  day: (m) => `15.${pad(mo(m) + 1)}.${y(m)}`,
  apostrophe: (m) => `${MONTHS.en![mo(m)]} '${pad(y(m) % 100)}`,
};
const CONNECTORS = [
  " – ",
  " - ",
  "–",
  " — ",
  " to ",
  " bis ",
  " à ",
  " a ",
  " − ",
  " ‒ ",
  "‐",
  " until ",
];

describe("reading written ranges", () => {
  it("reads back the months of a range written in any style, language and dash", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: monthIndex(1975, 0), max: monthIndex(2026, 5) }),
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom(...Object.keys(STYLES)),
        fc.constantFrom(...CONNECTORS),
        fc.constantFrom("", "Senior Engineer, Acme GmbH | ", "• ", "Entwicklerin bei Datenwerk — "),
        (start, length, style, connector, prefix) => {
          fc.pre(style !== "apostrophe" || y(start) >= 1970);
          const end = start + length;
          const write = STYLES[style]!;
          const line = `${prefix}${write(start)}${connector}${write(end)}`;
          const found = findDateRanges(line, { now: monthIndex(2030, 0) });
          expect(found).toHaveLength(1);
          expect(found[0]).toMatchObject({ start, end, ongoing: false });
          expect(line.slice(found[0]!.index).startsWith(write(start))).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("bare years count from mid-year to mid-year, one year as the whole year", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1980, max: 2025 }),
        fc.integer({ min: 0, max: 30 }),
        (from, years) => {
          const [r] = findDateRanges(`${from} – ${from + years}`, { now: monthIndex(2060, 0) });
          expect(durationMonths(r!)).toBe(years === 0 ? 12 : years * 12);
        },
      ),
      RUNS,
    );
  });
});
