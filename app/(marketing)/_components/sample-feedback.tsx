import { CategoryBadge, DifficultyBadge, ScoreBadge } from "@/components/interview/badges";
import { EvidenceHighlighter } from "@/components/summary/evidence-highlighter";
import { PointChecklist } from "@/components/summary/point-checklist";
import { ScoreBar } from "@/components/ui/score-bar";
import { CRITERIA } from "@/lib/evaluations/criteria";
import type { LandingSample } from "@/lib/evaluations/landing-sample";

/** A sample answer as the summary shows it: scores, the evidence in the answer, the checklist. */
export function SampleFeedback({ sample }: { sample: LandingSample }) {
  const r = sample.result;
  return (
    <div className="grid gap-6 rounded-xl border bg-card p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-2">
          <div className="flex flex-wrap gap-1">
            <CategoryBadge category={sample.category} />
            <DifficultyBadge difficulty={sample.difficulty} />
          </div>
          <p className="font-medium text-pretty">{sample.question}</p>
        </div>
        <ScoreBadge score={r.overallScore} />
      </div>
      <div className="grid gap-2">
        <h3 className="text-sm font-semibold">The answer, with its evidence highlighted</h3>
        <EvidenceHighlighter text={sample.answer} evidence={r.evidence} />
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <div className="grid content-start gap-2">
          <h3 className="text-sm font-semibold">Expected points</h3>
          <PointChecklist evidence={r.evidence} />
        </div>
        <div className="grid content-start gap-3">
          <h3 className="text-sm font-semibold">Scores</h3>
          {CRITERIA.map(({ field, label }) => (
            <ScoreBar key={field} label={label} score={r[field]} />
          ))}
        </div>
      </div>
      {r.improvements.length > 0 ? (
        <div className="grid gap-1.5">
          <h3 className="text-sm font-semibold">To improve</h3>
          <ul className="grid list-disc gap-1 pl-5 text-sm">
            {r.improvements.slice(0, 3).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-xs text-muted-foreground">
        Scored by the built-in evaluator when this page was served, exactly as your answers are:
        nothing here is written by hand except the answer.
      </p>
    </div>
  );
}
