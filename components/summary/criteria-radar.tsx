"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from "recharts";
import {
  ChartContainer,
  ChartTooltip,
  ChartTooltipContent,
  type ChartConfig,
} from "@/components/ui/chart";
import { CRITERIA, type CriteriaByKey } from "@/lib/evaluations/criteria";

const config: ChartConfig = { score: { label: "Score", color: "var(--chart-1)" } };

/** Radar of the four criteria; `summaryId` points at the visible text equivalent. */
export function CriteriaRadar({
  criteria,
  summaryId,
}: {
  criteria: CriteriaByKey;
  summaryId?: string;
}) {
  // Short axis labels: the full names sit next to the chart and would be clipped at 320 px.
  const data = CRITERIA.map((c) => ({ criterion: c.shortLabel, score: criteria[c.key] }));
  const spoken = CRITERIA.map((c) => `${c.label} ${criteria[c.key]}`).join(", ");
  return (
    <ChartContainer
      config={config}
      role="img"
      aria-label={`Radar chart of criteria scores out of 100: ${spoken}`}
      aria-describedby={summaryId}
      className="mx-auto aspect-square w-full max-w-80"
    >
      <RadarChart data={data} outerRadius="56%">
        <PolarGrid />
        <PolarAngleAxis
          dataKey="criterion"
          tick={{ fontSize: 11, fill: "var(--muted-foreground)" }}
        />
        <PolarRadiusAxis domain={[0, 100]} tick={false} axisLine={false} />
        <ChartTooltip content={<ChartTooltipContent />} />
        <Radar
          dataKey="score"
          stroke="var(--color-score)"
          fill="var(--color-score)"
          fillOpacity={0.3}
        />
      </RadarChart>
    </ChartContainer>
  );
}
