"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton, ChartSlot } from "@/components/ui/chart-slot";
import { ScoreBar } from "@/components/ui/score-bar";
import type { CategoryDetail } from "./category-plot";

const CategoryPlot = dynamic(() => import("./category-plot").then((m) => m.CategoryPlot), {
  ssr: false,
  loading: () => <ChartSkeleton />,
});

export type { CategoryDetail };

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
      <ChartSlot
        aria-label={`Bar chart of average score by category, out of 100: ${spoken}`}
        aria-describedby={summaryId}
        className="h-56 w-full"
      >
        <CategoryPlot categories={categories} />
      </ChartSlot>
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
