"use client";

import { CriteriaRadar } from "@/components/summary/criteria-radar";
import { ScoreBar } from "@/components/ui/score-bar";
import { CRITERIA, type CriteriaByKey } from "@/lib/evaluations/criteria";

/** The four criteria over every evaluated answer: radar plus labelled bars (the text equivalent). */
export function CriteriaPerformance({ criteria }: { criteria: CriteriaByKey }) {
  return (
    <div className="grid items-center gap-6 sm:grid-cols-2">
      <CriteriaRadar criteria={criteria} summaryId="dashboard-criteria-bars" />
      <ul id="dashboard-criteria-bars" className="grid gap-3">
        {CRITERIA.map(({ key, label }) => (
          <li key={key}>
            <ScoreBar label={label} score={criteria[key]} />
          </li>
        ))}
      </ul>
    </div>
  );
}
