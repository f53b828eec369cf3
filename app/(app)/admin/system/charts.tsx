"use client";

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import {
  ChartContainer,
  ChartTooltip,
  ChartTooltipContent,
  type ChartConfig,
} from "@/components/ui/chart";

const usageConfig: ChartConfig = {
  requests: { label: "Requests", color: "var(--chart-1)" },
  failures: { label: "Failures", color: "var(--chart-4)" },
};

export function UsageChart({
  data,
}: {
  data: { date: string; requests: number; failures: number }[];
}) {
  return (
    <ChartContainer config={usageConfig} className="h-56 w-full">
      <BarChart data={data} accessibilityLayer>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="date" tickLine={false} axisLine={false} />
        <YAxis allowDecimals={false} width={40} />
        <ChartTooltip content={<ChartTooltipContent />} />
        <Bar dataKey="requests" fill="var(--color-requests)" radius={4} />
        <Bar dataKey="failures" fill="var(--color-failures)" radius={4} />
      </BarChart>
    </ChartContainer>
  );
}

const cacheConfig: ChartConfig = { hitRate: { label: "Hit rate %", color: "var(--chart-2)" } };

export function CacheChart({ data }: { data: { layer: string; hitRate: number }[] }) {
  return (
    <ChartContainer config={cacheConfig} className="h-56 w-full">
      <BarChart data={data} accessibilityLayer>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="layer" tickLine={false} axisLine={false} />
        <YAxis domain={[0, 100]} width={40} />
        <ChartTooltip content={<ChartTooltipContent />} />
        <Bar dataKey="hitRate" fill="var(--color-hitRate)" radius={4} />
      </BarChart>
    </ChartContainer>
  );
}
