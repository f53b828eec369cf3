/**
 * Calendar days in a user's IANA time zone, as "YYYY-MM-DD" strings. Day arithmetic is done on the
 * calendar date itself (never by adding 24 h to an instant), so a 23- or 25-hour day at a DST
 * change, or a 30-minute shift (Australia/Lord_Howe), is still exactly one day.
 */

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      calendar: "gregory",
      numberingSystem: "latn",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows the zone (profiles are validated, but old rows may predate that). */
function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date of `instant` in `timeZone` ("UTC" when the zone is unknown). */
export function localDate(instant: Date, timeZone: string): string {
  const f = isKnownTimeZone(timeZone) ? formatterFor(timeZone) : formatterFor("UTC");
  let year = "";
  let month = "";
  let day = "";
  for (const part of f.formatToParts(instant)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year.padStart(4, "0")}-${month}-${day}`;
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" date. */
function dayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The "YYYY-MM-DD" date of a day number. */
function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The Monday of the ISO week containing `date`. */
export function isoWeekStart(date: string): string {
  const n = dayNumber(date);
  // 1970-01-01 was a Thursday: (n + 3) % 7 is 0 on Mondays.
  const sinceMonday = (((n + 3) % 7) + 7) % 7;
  return fromDayNumber(n - sinceMonday);
}

/** A DATE column value (midnight UTC as a Date) as "YYYY-MM-DD". */
export function dateColumnToString(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" as the Date Prisma writes to a DATE column. */
export function stringToDateColumn(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
