/**
 * Property 15 (streaks) with fast-check: practice days in the user's IANA zone at midnight and
 * across DST changes (America/New_York, Europe/London, Australia/Lord_Howe's 30-minute shift,
 * +13 / −11 / +5:45 offsets), checked against an independent oracle that encodes each zone's
 * offset rules by hand, and the +1 / reset-to-1 / unchanged-same-day streak rules.
 */
import fc from "fast-check";
import { daysBetween, isoWeekStart, localDate } from "@/lib/gamification/practice-day";
import {
  advanceStreak,
  currentStreakOn,
  EMPTY_STREAK,
  streakFromDates,
  type StreakState,
} from "@/lib/gamification/streak-rules";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

// ---- Oracle: UTC offsets (minutes) from the published rules, valid 2018–2035. ----
const utc = (y: number, m: number, d: number, h = 0, mi = 0) => Date.UTC(y, m - 1, d, h, mi);
/** Day of month of the n-th Sunday (n ≥ 1) or, with n = -1, the last Sunday. */
function sunday(y: number, m: number, n: number): number {
  if (n === -1) {
    const last = new Date(Date.UTC(y, m, 0));
    return last.getUTCDate() - last.getUTCDay();
  }
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}
type Zone = { name: string; offset: (t: number) => number };
const fixed = (name: string, minutes: number): Zone => ({ name, offset: () => minutes });
const ZONES: Zone[] = [
  fixed("UTC", 0),
  fixed("Pacific/Tongatapu", 13 * 60),
  fixed("Pacific/Pago_Pago", -11 * 60),
  fixed("Etc/GMT-14", 14 * 60),
  fixed("Asia/Kathmandu", 5 * 60 + 45),
  fixed("Asia/Kolkata", 5 * 60 + 30),
  {
    // EST −5; EDT −4 from the 2nd Sunday of March 07:00Z to the 1st Sunday of November 06:00Z.
    name: "America/New_York",
    offset: (t) => {
      const y = new Date(t).getUTCFullYear();
      return t >= utc(y, 3, sunday(y, 3, 2), 7) && t < utc(y, 11, sunday(y, 11, 1), 6)
        ? -240
        : -300;
    },
  },
  {
    // GMT 0; BST +1 from the last Sunday of March 01:00Z to the last Sunday of October 01:00Z.
    name: "Europe/London",
    offset: (t) => {
      const y = new Date(t).getUTCFullYear();
      return t >= utc(y, 3, sunday(y, 3, -1), 1) && t < utc(y, 10, sunday(y, 10, -1), 1) ? 60 : 0;
    },
  },
  {
    // +10:30; +11 from the 1st Sunday of October 02:00 local (15:30Z the day before) to the 1st
    // Sunday of April 02:00 local DST (15:00Z the day before): a 30-minute shift.
    name: "Australia/Lord_Howe",
    offset: (t) => {
      const y = new Date(t).getUTCFullYear();
      const endsThisYear = utc(y, 4, sunday(y, 4, 1), 15) - DAY;
      const startsThisYear = utc(y, 10, sunday(y, 10, 1), 15, 30) - DAY;
      return t < endsThisYear || t >= startsThisYear ? 660 : 630;
    },
  },
];
const oracleDate = (t: number, zone: Zone) =>
  new Date(t + zone.offset(t) * MIN).toISOString().slice(0, 10);

/** Instants a DST change or a local midnight away, plus uniform ones, in 2018–2035. */
function transitions(zone: Zone, y: number): number[] {
  const out: number[] = [];
  for (let t = utc(y, 1, 1); t < utc(y + 1, 1, 1); t += 6 * HOUR) {
    if (zone.offset(t) !== zone.offset(t + 6 * HOUR)) {
      let lo = t;
      let hi = t + 6 * HOUR;
      while (hi - lo > MIN) {
        const mid = Math.floor((lo + hi) / 2 / MIN) * MIN;
        if (zone.offset(mid) === zone.offset(t)) lo = mid;
        else hi = mid;
      }
      out.push(hi);
    }
  }
  return out;
}

const zoneArb = fc.constantFrom(...ZONES);
const instantArb = fc
  .tuple(
    zoneArb,
    fc.integer({ min: 2018, max: 2035 }),
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: -36 * 60, max: 36 * 60 }),
    fc.integer({ min: 0, max: 364 }),
  )
  .map(([zone, year, kind, minutes, dayOfYear]) => {
    let base: number;
    if (kind === 0) {
      // Around a DST change (a fixed zone has none: around New Year's midnight instead).
      const changes = transitions(zone, year);
      base =
        changes[dayOfYear % Math.max(1, changes.length)] ??
        utc(year, 1, 1) - zone.offset(utc(year, 1, 1)) * MIN;
    } else {
      // Around a local midnight.
      const midnightUtc = utc(year, 1, 1) + dayOfYear * DAY;
      base = midnightUtc - zone.offset(midnightUtc) * MIN;
    }
    const t = kind === 2 ? utc(year, 1, 1) + dayOfYear * DAY + minutes * 997 : base + minutes * MIN;
    return { zone, t };
  });

describe("Property 15: practice days in the user's time zone", () => {
  it("localDate matches the zone's offset rules at midnight and around DST changes", () => {
    fc.assert(
      fc.property(instantArb, ({ zone, t }) => {
        expect(localDate(new Date(t), zone.name)).toBe(oracleDate(t, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it("the oracle has the transitions it claims (sanity)", () => {
    const ny = ZONES.find((z) => z.name === "America/New_York")!;
    expect(transitions(ny, 2026).map((t) => new Date(t).toISOString())).toEqual([
      "2026-03-08T07:00:00.000Z",
      "2026-11-01T06:00:00.000Z",
    ]);
    const lh = ZONES.find((z) => z.name === "Australia/Lord_Howe")!;
    expect(transitions(lh, 2026).map((t) => new Date(t).toISOString())).toEqual([
      "2026-04-04T15:00:00.000Z",
      "2026-10-03T15:30:00.000Z",
    ]);
  });

  it("a DST day is still one calendar day: 23:30 before and 00:30 after midnight are consecutive", () => {
    // New York, spring forward (23-hour day) and fall back (25-hour day).
    expect(localDate(new Date("2026-03-08T04:30:00Z"), "America/New_York")).toBe("2026-03-07");
    expect(localDate(new Date("2026-03-08T05:30:00Z"), "America/New_York")).toBe("2026-03-08");
    expect(localDate(new Date("2026-03-09T03:59:00Z"), "America/New_York")).toBe("2026-03-08");
    expect(localDate(new Date("2026-03-09T04:00:00Z"), "America/New_York")).toBe("2026-03-09");
    expect(localDate(new Date("2026-11-02T04:59:00Z"), "America/New_York")).toBe("2026-11-01");
    expect(localDate(new Date("2026-11-02T05:00:00Z"), "America/New_York")).toBe("2026-11-02");
    // Lord Howe: midnight is 13:30Z at +10:30 and 13:00Z at +11.
    expect(localDate(new Date("2026-07-01T13:29:00Z"), "Australia/Lord_Howe")).toBe("2026-07-01");
    expect(localDate(new Date("2026-07-01T13:30:00Z"), "Australia/Lord_Howe")).toBe("2026-07-02");
    expect(localDate(new Date("2026-12-01T12:59:00Z"), "Australia/Lord_Howe")).toBe("2026-12-01");
    expect(localDate(new Date("2026-12-01T13:00:00Z"), "Australia/Lord_Howe")).toBe("2026-12-02");
    // An unknown zone falls back to UTC.
    expect(localDate(new Date("2026-12-01T23:59:00Z"), "Mars/Olympus_Mons")).toBe("2026-12-01");
    expect(isoWeekStart("2026-03-08")).toBe("2026-03-02");
    expect(isoWeekStart("2026-03-09")).toBe("2026-03-09");
  });
});

/** Sessions: a start instant and gaps that make same-day, next-day and multi-day practice likely. */
const practiceArb = fc.record({
  zone: zoneArb,
  start: fc.integer({ min: utc(2018, 1, 1), max: utc(2035, 1, 1) }),
  gaps: fc.array(
    fc.oneof(
      fc.integer({ min: 1, max: 6 * 60 }), // later the same day, or just past midnight
      fc.integer({ min: 20 * 60, max: 28 * 60 }), // about a day
      fc.integer({ min: 40 * 60, max: 5 * 24 * 60 }), // a gap
    ),
    { minLength: 1, maxLength: 40 },
  ),
});

function datesOf({ zone, start, gaps }: { zone: Zone; start: number; gaps: number[] }): string[] {
  const instants = [start];
  for (const g of gaps) instants.push(instants[instants.length - 1]! + g * MIN);
  // Days from the oracle, so the streak rules are checked independently of localDate.
  return instants.map((t) => oracleDate(t, zone));
}

describe("Property 15: streak calculation", () => {
  it("+1 on the next day, reset to 1 after a gap, unchanged on the same day", () => {
    fc.assert(
      fc.property(practiceArb, (p) => {
        const dates = datesOf(p);
        let state: StreakState = EMPTY_STREAK;
        for (const date of dates) {
          const next = advanceStreak(state, date);
          if (state.lastDate === null) expect(next.current).toBe(1);
          else {
            const gap = daysBetween(state.lastDate, date);
            if (gap === 0) expect(next).toEqual(state);
            else if (gap === 1) expect(next.current).toBe(state.current + 1);
            else expect(next.current).toBe(1);
          }
          expect(next.longest).toBe(Math.max(state.longest, next.current));
          expect(next.longest).toBeGreaterThanOrEqual(next.current);
          state = next;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("recomputing from the set of days (any order, repeats) equals applying them in order", () => {
    fc.assert(
      fc.property(practiceArb, fc.integer(), (p, seed) => {
        const dates = datesOf(p);
        const inOrder = dates.reduce(advanceStreak, EMPTY_STREAK);
        const shuffled = [...dates, ...dates.slice(0, 3)].sort(
          (a, b) => ((a.charCodeAt(9) * seed) % 7) - ((b.charCodeAt(9) * seed) % 7),
        );
        expect(streakFromDates(shuffled)).toEqual(inOrder);
        // Independent count: the run of consecutive days ending at the last day, the longest run.
        const days = [...new Set(dates)].sort();
        let run = 0;
        let longest = 0;
        for (let i = 0; i < days.length; i++) {
          run = i > 0 && daysBetween(days[i - 1]!, days[i]!) === 1 ? run + 1 : 1;
          longest = Math.max(longest, run);
        }
        expect(inOrder).toEqual({ current: run, longest, lastDate: days[days.length - 1] });
      }),
      { numRuns: 300 },
    );
  });

  it("the shown streak survives until the end of the next day, then is 0", () => {
    fc.assert(
      fc.property(practiceArb, fc.integer({ min: 0, max: 5 }), (p, later) => {
        const dates = datesOf(p);
        const state = streakFromDates(dates);
        const last = state.lastDate!;
        const today = new Date(Date.parse(`${last}T12:00:00Z`) + later * DAY)
          .toISOString()
          .slice(0, 10);
        expect(currentStreakOn(state, today)).toBe(later <= 1 ? state.current : 0);
      }),
      { numRuns: 200 },
    );
  });
});
