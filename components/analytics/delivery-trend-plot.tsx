"use client";

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import {
  ChartContainer,
  ChartTooltip,
  ChartTooltipContent,
  type ChartConfig,
} from "@/components/ui/chart";
import type { DeliveryTrendPoint } from "@/lib/analytics/delivery-trend";

const config: ChartConfig = {
  fillersPerMinute: { label: "Fillers per minute", color: "var(--chart-1)" },
  hedgesPerMinute: { label: "Hedges per minute", color: "var(--chart-2)" },
};

/** The recharts part of DeliveryTrendChart (delivery-trend-chart.tsx), loaded after the page. */
export function DeliveryTrendPlot({
  data,
}: {
  data: Array<DeliveryTrendPoint & { label: string }>;
}) {
  return (
    <ChartContainer config={config} className="aspect-auto size-full">
      <LineChart data={data} margin={{ top: 12, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="label" tickLine={false} axisLine={false} tickMargin={8} minTickGap={16} />
        <YAxis tickLine={false} axisLine={false} width={32} allowDecimals={false} />
        <ChartTooltip content={<ChartTooltipContent formatValue={(v) => `${String(v)}/min`} />} />
        <Line
          dataKey="fillersPerMinute"
          type="monotone"
          stroke="var(--color-fillersPerMinute)"
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
        <Line
          dataKey="hedgesPerMinute"
          type="monotone"
          stroke="var(--color-hedgesPerMinute)"
          strokeWidth={2}
          strokeDasharray="5 3"
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartContainer>
  );
}
