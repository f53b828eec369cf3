"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton, ChartSlot } from "@/components/ui/chart-slot";
import type { DeliveryTrendPoint } from "@/lib/analytics/delivery-trend";
import { formatDay } from "./format";

const DeliveryTrendPlot = dynamic(
  () => import("./delivery-trend-plot").then((m) => m.DeliveryTrendPlot),
  { ssr: false, loading: () => <ChartSkeleton /> },
);

const perMinute = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 1 });

/** What the chart says in words (screen readers, and everyone under it). */
export function describeDeliveryTrend(points: DeliveryTrendPoint[]): string {
  if (points.length === 0) return "No answers with delivery feedback yet.";
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const pace =
    last.wordsPerMinute === null
      ? ""
      : ` Spoken pace last time: ${last.wordsPerMinute} words per minute (130–160 is easy to follow).`;
  if (points.length === 1) {
    return `Last session: ${perMinute(last.fillersPerMinute)} filler words and ${perMinute(last.hedgesPerMinute)} hedges per minute.${pace}`;
  }
  const change = last.fillersPerMinute - first.fillersPerMinute;
  const direction = Math.abs(change) < 0.5 ? "about the same" : change < 0 ? "fewer" : "more";
  return (
    `Filler words per minute over ${points.length} sessions: from ${perMinute(first.fillersPerMinute)} to ` +
    `${perMinute(last.fillersPerMinute)} (${direction}); hedges from ${perMinute(first.hedgesPerMinute)} to ${perMinute(last.hedgesPerMinute)}.${pace}`
  );
}

/** Fillers and hedges per minute by session, with the same in words and as a table. */
export function DeliveryTrendChart({ points }: { points: DeliveryTrendPoint[] }) {
  const data = points.map((p) => ({ ...p, label: formatDay(p.date) }));
  const summary = describeDeliveryTrend(points);
  return (
    <figure className="grid gap-3">
      <ChartSlot aria-label={`Line chart. ${summary}`} className="h-56 w-full">
        <DeliveryTrendPlot data={data} />
      </ChartSlot>
      <figcaption className="text-sm text-muted-foreground">
        {summary} Solid line: filler words; dashed: hedges.
      </figcaption>
      <details className="text-sm">
        <summary className="w-fit cursor-pointer rounded-sm font-medium">
          Show the data as a table
        </summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left tabular-nums">
            <caption className="sr-only">Delivery by session</caption>
            <thead>
              <tr className="border-b text-muted-foreground">
                <th scope="col" className="py-1 pr-3 font-medium">
                  Session
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Fillers/min
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Hedges/min
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Pace (wpm)
                </th>
                <th scope="col" className="py-1 font-medium">
                  Spoken
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.sessionId} className="border-b last:border-0">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {formatDay(p.date, true)}
                  </th>
                  <td className="py-1 pr-3">{perMinute(p.fillersPerMinute)}</td>
                  <td className="py-1 pr-3">{perMinute(p.hedgesPerMinute)}</td>
                  <td className="py-1 pr-3">{p.wordsPerMinute ?? "—"}</td>
                  <td className="py-1">
                    {p.spokenAnswers} of {p.answers}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
