"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton, ChartSlot } from "@/components/ui/chart-slot";

const ScoreLinePlot = dynamic(() => import("./score-line-plot").then((m) => m.ScoreLinePlot), {
  ssr: false,
  loading: () => <ChartSkeleton />,
});

/** A 0–100 score line over labelled points: the plot the score trends share. */
export function ScoreLine<K extends string>({
  data,
  dataKey,
  label,
  description,
  minTickGap,
}: {
  data: Array<Record<K, number> & { label: string }>;
  dataKey: K;
  label: string;
  description: string;
  minTickGap: number;
}) {
  return (
    <ChartSlot aria-label={`Line chart. ${description}`} className="h-64 w-full">
      <ScoreLinePlot data={data} dataKey={dataKey} label={label} minTickGap={minTickGap} />
    </ChartSlot>
  );
}
