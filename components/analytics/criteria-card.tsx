"use client";

import {
  CriteriaRadar,
  CRITERIA_LABELS,
  type CriteriaScores,
} from "@/components/summary/criteria-radar";
import { ScoreBar } from "@/components/ui/score-bar";

/** The four criteria over every evaluated answer: radar plus labelled bars (the text equivalent). */
export function CriteriaPerformance({ criteria }: { criteria: CriteriaScores }) {
  return (
    <div className="grid items-center gap-6 sm:grid-cols-2">
      <CriteriaRadar criteria={criteria} summaryId="dashboard-criteria-bars" />
      <ul id="dashboard-criteria-bars" className="grid gap-3">
        {(Object.keys(CRITERIA_LABELS) as (keyof CriteriaScores)[]).map((key) => (
          <li key={key}>
            <ScoreBar label={CRITERIA_LABELS[key]} score={criteria[key]} />
          </li>
        ))}
      </ul>
    </div>
  );
}
