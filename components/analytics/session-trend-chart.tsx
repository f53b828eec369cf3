"use client";

import { ScoreLine } from "./score-line";
import { formatDay } from "./format";

export type SessionPoint = { session_id: number; date: string; role: string; score: number };

/** What a screen reader hears for the chart (the table below has every point). */
export function describeSessions(points: SessionPoint[]): string {
  if (points.length === 0) return "No scored sessions yet.";
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (points.length === 1)
    return `One session on ${formatDay(first.date, true)}: ${first.score} out of 100.`;
  const best = points.reduce((a, b) => (b.score > a.score ? b : a));
  const change = last.score - first.score;
  const points_ = Math.abs(change);
  return (
    `Your last ${points.length} sessions, from ${first.score} on ${formatDay(first.date, true)} to ${last.score} on ` +
    `${formatDay(last.date, true)} (${change === 0 ? "no change" : `${change > 0 ? "+" : "−"}${points_} point${points_ === 1 ? "" : "s"}`}); ` +
    `best ${best.score} on ${formatDay(best.date, true)}.`
  );
}

/** Line chart with one point per session (several in one week stay several). */
export function SessionTrendChart({ points }: { points: SessionPoint[] }) {
  const data = points.map((p, i) => ({ ...p, label: `#${i + 1} · ${formatDay(p.date)}` }));
  return (
    <figure className="grid gap-3">
      <ScoreLine
        data={data}
        dataKey="score"
        label="Session score"
        description={describeSessions(points)}
        minTickGap={24}
      />
      <figcaption className="text-sm text-muted-foreground">{describeSessions(points)}</figcaption>
      <details className="text-sm">
        <summary className="w-fit cursor-pointer rounded-sm font-medium">
          Show the data as a table
        </summary>
        <table className="mt-2 w-full max-w-md text-left tabular-nums">
          <caption className="sr-only">Score per session</caption>
          <thead>
            <tr className="border-b text-muted-foreground">
              <th scope="col" className="py-1 font-medium">
                Day
              </th>
              <th scope="col" className="py-1 font-medium">
                Role
              </th>
              <th scope="col" className="py-1 font-medium">
                Score
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.session_id} className="border-b last:border-0">
                <th scope="row" className="py-1 font-normal">
                  {formatDay(p.date, true)}
                </th>
                <td className="py-1">{p.role}</td>
                <td className="py-1">{p.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
