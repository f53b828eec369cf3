"use client";

import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from "recharts";
import {
  ChartContainer,
  ChartTooltip,
  ChartTooltipContent,
  type ChartConfig,
} from "@/components/ui/chart";
import type { SkillGapChartRow } from "@/lib/validations/agents";

const config: ChartConfig = {
  covered: { label: "Covered", color: "var(--chart-2)" },
  transferable: { label: "Transferable", color: "var(--chart-4)" },
  missing: { label: "Missing", color: "var(--chart-5)" },
};

/** Stacked bars per skill category of the target: covered, transferable and missing skills. */
export function SkillGapChart({
  rows,
  summaryId,
}: {
  rows: SkillGapChartRow[];
  summaryId: string;
}) {
  const spoken = rows
    .map(
      (r) =>
        `${r.label}: ${r.covered} covered, ${r.transferable} transferable, ${r.missing} missing`,
    )
    .join("; ");
  return (
    <ChartContainer
      config={config}
      role="img"
      aria-label={`Skill gaps by category: ${spoken}`}
      aria-describedby={summaryId}
      className="aspect-auto w-full"
      style={{ height: Math.max(160, rows.length * 38 + 60) }}
    >
      <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 12, bottom: 0, left: 8 }}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickLine={false} axisLine={false} />
        <YAxis type="category" dataKey="label" width={120} tickLine={false} axisLine={false} />
        <ChartTooltip content={<ChartTooltipContent />} />
        <Legend />
        <Bar dataKey="covered" stackId="s" fill="var(--color-covered)" isAnimationActive={false} />
        <Bar
          dataKey="transferable"
          stackId="s"
          fill="var(--color-transferable)"
          isAnimationActive={false}
        />
        <Bar
          dataKey="missing"
          stackId="s"
          fill="var(--color-missing)"
          radius={[0, 4, 4, 0]}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartContainer>
  );
}
