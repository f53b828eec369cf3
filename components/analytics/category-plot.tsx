"use client";

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import {
  ChartContainer,
  ChartTooltip,
  ChartTooltipContent,
  type ChartConfig,
} from "@/components/ui/chart";

export type CategoryDetail = {
  category: string;
  label: string;
  average_score: number;
  questions: number;
};

const config: ChartConfig = { average_score: { label: "Average score", color: "var(--chart-2)" } };

/** The recharts part of CategoryChart (category-chart.tsx), loaded after the page. */
export function CategoryPlot({ categories }: { categories: CategoryDetail[] }) {
  return (
    <ChartContainer config={config} className="aspect-auto size-full">
      <BarChart
        data={categories}
        layout="vertical"
        margin={{ top: 0, right: 12, bottom: 0, left: 8 }}
      >
        <CartesianGrid horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tickLine={false}
          axisLine={false}
        />
        <YAxis type="category" dataKey="label" width={104} tickLine={false} axisLine={false} />
        <ChartTooltip content={<ChartTooltipContent formatValue={(v) => `${String(v)}/100`} />} />
        <Bar
          dataKey="average_score"
          fill="var(--color-average_score)"
          radius={4}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartContainer>
  );
}
