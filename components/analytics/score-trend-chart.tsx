"use client";

import { ScoreLine } from "./score-line";
import { formatDay } from "./format";

export type WeeklyPoint = { date: string; average_score: number; sessions: number };

/** What a screen reader hears for the chart (the table below has every point). */
export function describeTrend(points: WeeklyPoint[]): string {
  if (points.length === 0) return "No scored sessions yet.";
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (points.length === 1)
    return `Week of ${formatDay(first.date, true)}: average ${first.average_score} out of 100.`;
  const best = points.reduce((a, b) => (b.average_score > a.average_score ? b : a));
  return (
    `Weekly average score over ${points.length} weeks, from ${first.average_score} in the week of ${formatDay(first.date, true)} ` +
    `to ${last.average_score} in the week of ${formatDay(last.date, true)}; best ${best.average_score} in the week of ${formatDay(best.date, true)}.`
  );
}

/** Line chart of the weekly average session score, with a text summary and a data table. */
export function ScoreTrendChart({ points }: { points: WeeklyPoint[] }) {
  const data = points.map((p) => ({ ...p, label: formatDay(p.date) }));
  return (
    <figure className="grid gap-3">
      <ScoreLine
        data={data}
        dataKey="average_score"
        label="Average score"
        description={describeTrend(points)}
        minTickGap={16}
      />
      <figcaption className="text-sm text-muted-foreground">{describeTrend(points)}</figcaption>
      <details className="text-sm">
        <summary className="w-fit cursor-pointer rounded-sm font-medium">
          Show the data as a table
        </summary>
        <table className="mt-2 w-full max-w-md text-left tabular-nums">
          <caption className="sr-only">Weekly average score</caption>
          <thead>
            <tr className="border-b text-muted-foreground">
              <th scope="col" className="py-1 font-medium">
                Week of
              </th>
              <th scope="col" className="py-1 font-medium">
                Average
              </th>
              <th scope="col" className="py-1 font-medium">
                Sessions
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.date} className="border-b last:border-0">
                <th scope="row" className="py-1 font-normal">
                  {formatDay(p.date, true)}
                </th>
                <td className="py-1">{p.average_score}</td>
                <td className="py-1">{p.sessions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
