"use client";

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import {
  ChartContainer,
  ChartTooltip,
  ChartTooltipContent,
  type ChartConfig,
} from "@/components/ui/chart";
import { ScoreBar } from "@/components/ui/score-bar";

export type CategoryDetail = {
  category: string;
  label: string;
  average_score: number;
  questions: number;
};

const config: ChartConfig = { average_score: { label: "Average score", color: "var(--chart-2)" } };

/** Bars of the average score per question category, with the same figures as labelled bars. */
export function CategoryChart({
  categories,
  summaryId,
}: {
  categories: CategoryDetail[];
  summaryId: string;
}) {
  const spoken = categories.map((c) => `${c.label} ${c.average_score}`).join(", ");
  return (
    <div className="grid gap-5">
      <ChartContainer
        config={config}
        role="img"
        aria-label={`Bar chart of average score by category, out of 100: ${spoken}`}
        aria-describedby={summaryId}
        className="aspect-auto h-56 w-full"
      >
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
      <ul id={summaryId} className="grid gap-3">
        {categories.map((c) => (
          <li key={c.category}>
            <ScoreBar
              label={
                <>
                  {c.label}{" "}
                  <span className="font-normal text-muted-foreground">
                    ({c.questions} question{c.questions === 1 ? "" : "s"})
                  </span>
                </>
              }
              score={c.average_score}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
