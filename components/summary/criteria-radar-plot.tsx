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

/** The recharts part of CriteriaRadar (criteria-radar.tsx), loaded after the page. */
export function CriteriaRadarPlot({ criteria }: { criteria: CriteriaByKey }) {
  // Short axis labels: the full names sit next to the chart and would be clipped at 320 px.
  const data = CRITERIA.map((c) => ({ criterion: c.shortLabel, score: criteria[c.key] }));
  return (
    <ChartContainer config={config} className="aspect-auto size-full">
      <RadarChart data={data} outerRadius="56%">
        <PolarGrid />
        <PolarAngleAxis
          dataKey="criterion"
          tick={{ fontSize: 11, fill: "var(--muted-foreground)" }}
        />
        <PolarRadiusAxis domain={[0, 100]} tick={false} axisLine={false} />
        <ChartTooltip content={<ChartTooltipContent />} />
        <Radar
          isAnimationActive={false}
          dataKey="score"
          stroke="var(--color-score)"
          fill="var(--color-score)"
          fillOpacity={0.3}
        />
      </RadarChart>
    </ChartContainer>
  );
}
