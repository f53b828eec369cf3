"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from "recharts";
import {
  ChartContainer,
  ChartTooltip,
  ChartTooltipContent,
  type ChartConfig,
} from "@/components/ui/chart";

export type CriteriaScores = {
  content_quality: number;
  clarity: number;
  confidence: number;
  technical_accuracy: number;
};

export const CRITERIA_LABELS: Record<keyof CriteriaScores, string> = {
  content_quality: "Content quality",
  clarity: "Clarity",
  confidence: "Confidence",
  technical_accuracy: "Technical accuracy",
};

/** Short axis labels: the full names sit next to the chart and would be clipped at 320 px. */
const AXIS_LABELS: Record<keyof CriteriaScores, string> = {
  content_quality: "Content",
  clarity: "Clarity",
  confidence: "Confidence",
  technical_accuracy: "Accuracy",
};

const config: ChartConfig = { score: { label: "Score", color: "var(--chart-1)" } };

/** Radar of the four criteria; `summaryId` points at the visible text equivalent. */
export function CriteriaRadar({
  criteria,
  summaryId,
}: {
  criteria: CriteriaScores;
  summaryId?: string;
}) {
  const keys = Object.keys(CRITERIA_LABELS) as (keyof CriteriaScores)[];
  const data = keys.map((key) => ({ criterion: AXIS_LABELS[key], score: criteria[key] }));
  const spoken = keys.map((key) => `${CRITERIA_LABELS[key]} ${criteria[key]}`).join(", ");
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
