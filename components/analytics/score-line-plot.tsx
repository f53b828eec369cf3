"use client";

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import {
  ChartContainer,
  ChartTooltip,
  ChartTooltipContent,
  type ChartConfig,
} from "@/components/ui/chart";

export interface ScoreLinePlotProps {
  data: ReadonlyArray<Record<string, unknown>>;
  dataKey: string;
  label: string;
  minTickGap: number;
}

/** The recharts part of ScoreLine (score-line.tsx), loaded after the page. */
export function ScoreLinePlot({ data, dataKey, label, minTickGap }: ScoreLinePlotProps) {
  const config: ChartConfig = { [dataKey]: { label, color: "var(--chart-1)" } };
  return (
    <ChartContainer config={config} className="aspect-auto size-full">
      <LineChart data={[...data]} margin={{ top: 12, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="label"
          tickLine={false}
          axisLine={false}
          tickMargin={8}
          minTickGap={minTickGap}
        />
        <YAxis
          domain={[0, 100]}
          tickLine={false}
          axisLine={false}
          width={36}
          ticks={[0, 25, 50, 75, 100]}
        />
        <ChartTooltip content={<ChartTooltipContent formatValue={(v) => `${String(v)}/100`} />} />
        <Line
          dataKey={dataKey}
          type="monotone"
          stroke={`var(--color-${dataKey})`}
          strokeWidth={2}
          dot={{ r: 3 }}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartContainer>
  );
}
