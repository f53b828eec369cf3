import { findDatePoints } from "./dates/parse-dates";

/** A run of text on a PDF page; y grows upwards (PDF user space). */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size, roughly the line height. */
  size: number;
}

interface Segment {
  x0: number;
  x1: number;
  text: string;
}

interface Row {
  y: number;
  segments: Segment[];
}

/** Joins runs left to right: a space where the gap looks like one, none where runs touch. */
function joinRuns(items: readonly PositionedText[]): string {
  let text = "";
  let previous: PositionedText | null = null;
  for (const item of items) {
    if (previous) {
      const gap = item.x - (previous.x + previous.width);
      if (gap > previous.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += " ";
    }
    text += item.text;
    previous = item;
  }
  return text.replace(/\s+/g, " ").trim();
}

/** Groups runs into rows by baseline, and each row into segments split at wide gaps. */
function toRows(items: readonly PositionedText[]): Row[] {
  const sorted = items
    .filter((item) => item.text.trim() !== "")
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; size: number; items: PositionedText[] }[] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row.y - item.y) <= Math.min(row.size, item.size) * 0.45)
      row.items.push(item);
    else rows.push({ y: item.y, size: item.size, items: [item] });
  }
  return rows.map((row) => {
    const runs = [...row.items].sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    let current: PositionedText[] = [];
    for (const run of runs) {
      const last = current.at(-1);
      if (last && run.x - (last.x + last.width) > Math.max(last.size, run.size) * 1.5) {
        segments.push(segmentOf(current));
        current = [];
      }
      current.push(run);
    }
    if (current.length > 0) segments.push(segmentOf(current));
    return { y: row.y, segments };
  });
}

function segmentOf(runs: readonly PositionedText[]): Segment {
  return {
    x0: runs[0]!.x,
    x1: Math.max(...runs.map((r) => r.x + r.width)),
    text: joinRuns(runs),
  };
}

type Interval = [number, number];

function freeIntervals(row: Row, [lo, hi]: Interval): Interval[] {
  const free: Interval[] = [];
  let cursor = lo;
  for (const s of [...row.segments].sort((a, b) => a.x0 - b.x0)) {
    if (s.x0 > cursor) free.push([cursor, Math.min(s.x0, hi)]);
    cursor = Math.max(cursor, s.x1);
    if (cursor >= hi) break;
  }
  if (cursor < hi) free.push([cursor, hi]);
  return free.filter(([a, b]) => b > a);
}

function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [a0, a1] of a) {
    for (const [b0, b1] of b) {
      const lo = Math.max(a0, b0);
      const hi = Math.min(a1, b1);
      if (hi > lo) out.push([lo, hi]);
    }
  }
  return out;
}

const rowText = (row: Row): string => row.segments.map((s) => s.text).join("  ");

/** A side made mostly of dates is a table column (dates beside entries), not a text column. */
function mostlyDates(segments: readonly Segment[]): boolean {
  if (segments.length === 0) return false;
  const dated = segments.filter(
    (s) => s.text.length <= 40 && findDatePoints(s.text).some((p) => p.monthOnly === undefined),
  ).length;
  return dated / segments.length >= 0.5;
}

const MIN_GUTTER = 12;
const MIN_BAND_ROWS = 3;

/**
 * Reading order for one region: rows top to bottom, except where a vertical gutter runs through
 * several rows with text on both sides (a two-column resume), where the left column is read
 * before the right one. Dates set in their own column beside entries stay on their entry's row.
 */
function orderRows(rows: readonly Row[], depth: number): string[] {
  const all = rows.flatMap((r) => r.segments);
  if (all.length === 0) return [];
  const left = Math.min(...all.map((s) => s.x0));
  const right = Math.max(...all.map((s) => s.x1));
  const margin = (right - left) * 0.15;
  const central: Interval = [left + margin, right - margin];

  const lines: string[] = [];
  const wide = (intervals: Interval[]) => intervals.filter(([a, b]) => b - a >= MIN_GUTTER);
  const freeOf = (band: readonly Row[]) =>
    band.reduce<Interval[]>(
      (acc, row) => wide(intersect(acc, freeIntervals(row, central))),
      [central],
    );
  let band: Row[] = [];
  for (const row of rows) {
    const rowFree = wide(freeIntervals(row, central));
    if (band.length === 0 || wide(intersect(freeOf(band), rowFree)).length > 0) {
      band.push(row);
      continue;
    }
    // The new row starts a band; rows just above that leave its gutter open belong to it too
    // (column headings level with each other sit between a page header and the columns).
    let free = rowFree;
    const moved: Row[] = [];
    while (band.length > 0) {
      const shared = wide(intersect(free, freeIntervals(band.at(-1)!, central)));
      if (shared.length === 0) break;
      free = shared;
      moved.unshift(band.pop()!);
    }
    if (band.length > 0) lines.push(...resolveBand(band, freeOf(band), depth));
    band = [...moved, row];
  }
  if (band.length > 0) lines.push(...resolveBand(band, freeOf(band), depth));
  return lines;
}

function resolveBand(band: readonly Row[], free: readonly Interval[], depth: number): string[] {
  const rowsAsText = () => band.map(rowText);
  if (band.length < MIN_BAND_ROWS || free.length === 0 || depth > 2) return rowsAsText();
  const [g0, g1] = free.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
  const gutter = (g0 + g1) / 2;
  const split = (keep: (s: Segment) => boolean): Row[] =>
    band
      .map((row) => ({ y: row.y, segments: row.segments.filter(keep) }))
      .filter((row) => row.segments.length > 0);
  const leftRows = split((s) => s.x1 <= gutter);
  const rightRows = split((s) => s.x0 >= gutter);
  if (leftRows.length < 2 || rightRows.length < 2) return rowsAsText();
  if (mostlyDates(leftRows.flatMap((r) => r.segments))) return rowsAsText();
  if (mostlyDates(rightRows.flatMap((r) => r.segments))) return rowsAsText();
  return [...orderRows(leftRows, depth + 1), ...orderRows(rightRows, depth + 1)];
}

/** The text of one page in reading order, one line per row (per column row in columns). */
export function layoutPage(items: readonly PositionedText[]): string {
  return orderRows(toRows(items), 0).join("\n");
}
