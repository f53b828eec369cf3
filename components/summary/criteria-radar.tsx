"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton, ChartSlot } from "@/components/ui/chart-slot";
import { CRITERIA, type CriteriaByKey } from "@/lib/evaluations/criteria";

const CriteriaRadarPlot = dynamic(
  () => import("./criteria-radar-plot").then((m) => m.CriteriaRadarPlot),
  { ssr: false, loading: () => <ChartSkeleton /> },
);

/** Radar of the four criteria; `summaryId` points at the visible text equivalent. */
export function CriteriaRadar({
  criteria,
  summaryId,
}: {
  criteria: CriteriaByKey;
  summaryId?: string;
}) {
  const spoken = CRITERIA.map((c) => `${c.label} ${criteria[c.key]}`).join(", ");
  return (
    <ChartSlot
      aria-label={`Radar chart of criteria scores out of 100: ${spoken}`}
      aria-describedby={summaryId}
      className="mx-auto aspect-square w-full max-w-80"
    >
      <CriteriaRadarPlot criteria={criteria} />
    </ChartSlot>
  );
}
