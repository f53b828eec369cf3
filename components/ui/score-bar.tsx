import * as React from "react";

import { cn } from "@/lib/utils";

type ScoreBand = "low" | "medium" | "high";

/** Clamp to 0–100 and round to an integer; non-finite input becomes 0. */
function normaliseScore(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.round(Math.min(100, Math.max(0, score)));
}

/** Band of a 0–100 score (after rounding): < 50 low, 50–74 medium, ≥ 75 high. */
function scoreBand(score: number): ScoreBand {
  const value = normaliseScore(score);
  if (value >= 75) return "high";
  if (value >= 50) return "medium";
  return "low";
}

const bandFill: Record<ScoreBand, string> = {
  low: "bg-destructive",
  medium: "bg-warning",
  high: "bg-success",
};

type ScoreBarProps = Omit<React.ComponentProps<"div">, "children"> & {
  /** 0–100; clamped and rounded. */
  score: number;
  label: React.ReactNode;
};

/**
 * Labelled horizontal bar for a 0–100 score. Reads as "<label> 72 out of 100"; colour is
 * destructive (< 50), warning (50–74) or success (≥ 75) and never the only carrier of meaning.
 */
function ScoreBar({ score, label, className, ...props }: ScoreBarProps) {
  const value = normaliseScore(score);
  const band = scoreBand(value);

  return (
    <div
      data-slot="score-bar"
      data-band={band}
      className={cn("flex flex-col gap-1.5", className)}
      {...props}
    >
      <div className="flex items-baseline justify-between gap-4 text-sm">
        <span data-slot="score-bar-label" className="font-medium">
          {label}
        </span>
        <span data-slot="score-bar-value" className="tabular-nums">
          <span aria-hidden="true">
            <span className="font-semibold">{value}</span>
            <span className="text-muted-foreground">/100</span>
          </span>
          <span className="sr-only">{`${value} out of 100`}</span>
        </span>
      </div>
      <div aria-hidden="true" className="h-2 w-full overflow-hidden rounded-full bg-muted">
        <div
          data-slot="score-bar-fill"
          className={cn("h-full rounded-full transition-[width]", bandFill[band])}
          style={{ width: `${value}%` }}
        />
      </div>
    </div>
  );
}

export { ScoreBar, scoreBand, normaliseScore, type ScoreBand, type ScoreBarProps };
