import { Fragment } from "react";
import type { PointEvidence } from "@/lib/ai/types";
import { cn } from "@/lib/utils";
import { pointColor } from "./point-colors";

/** A highlighted stretch of the answer and the expected points (1-based numbers) it covers. */
export type Highlight = { start: number; end: number; points: { number: number; text: string }[] };

/** Where a covered point's quote sits: its offsets when they are valid, else the quote's first match. */
function locate(text: string, e: PointEvidence): { start: number; end: number } | null {
  if (!e.covered) return null;
  const { start, end } = e;
  if (
    typeof start === "number" &&
    typeof end === "number" &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end > start &&
    end <= text.length
  ) {
    return { start, end };
  }
  if (e.quote) {
    const at = text.indexOf(e.quote);
    if (at >= 0 && e.quote.length > 0) return { start: at, end: at + e.quote.length };
  }
  return null;
}

/**
 * Highlights for the covered points, in text order. Overlapping spans merge into one highlight
 * naming every point; adjacent spans (one ends where the next starts) stay separate.
 */
export function buildHighlights(text: string, evidence: readonly PointEvidence[]): Highlight[] {
  const spans = evidence
    .map((e, i) => {
      const at = locate(text, e);
      return at ? { ...at, points: [{ number: i + 1, text: e.point }] } : null;
    })
    .filter((s): s is Highlight => s !== null)
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const merged: Highlight[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.points = [...last.points, ...span.points].sort((a, b) => a.number - b.number);
    } else {
      merged.push({ ...span, points: [...span.points] });
    }
  }
  return merged;
}

type Props = {
  text: string;
  evidence: readonly PointEvidence[];
  className?: string;
};

/**
 * The candidate's answer with the quoted evidence marked in place. Each <mark> holds exactly the
 * quoted characters; a small visible number and visually hidden text name the point it covers.
 */
export function EvidenceHighlighter({ text, evidence, className }: Props) {
  const highlights = buildHighlights(text, evidence);
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const h of highlights) {
    if (h.start > cursor)
      parts.push(<Fragment key={`t${cursor}`}>{text.slice(cursor, h.start)}</Fragment>);
    const numbers = h.points.map((p) => p.number).join(",");
    const label = h.points.map((p) => `point ${p.number}: ${p.text}`).join("; ");
    parts.push(
      <Fragment key={`m${h.start}`}>
        <mark
          data-points={numbers}
          title={`Evidence for ${label}`}
          className={cn(
            "rounded-sm px-0.5 text-foreground [box-decoration-break:clone]",
            pointColor(h.points[0]?.number ?? 1).mark,
          )}
        >
          {text.slice(h.start, h.end)}
        </mark>
        <sup aria-hidden="true" className="ml-0.5 text-[0.65rem] font-semibold text-primary">
          {numbers}
        </sup>
        <span className="sr-only"> (evidence for {label})</span>
      </Fragment>,
    );
    cursor = h.end;
  }
  if (cursor < text.length)
    parts.push(<Fragment key={`t${cursor}`}>{text.slice(cursor)}</Fragment>);

  return (
    <p
      data-slot="evidence-highlighter"
      className={className ?? "leading-relaxed whitespace-pre-wrap"}
    >
      {parts}
    </p>
  );
}
