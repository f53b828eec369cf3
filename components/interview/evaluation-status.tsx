"use client";

import { AlertCircleIcon, Loader2Icon, RotateCwIcon, TimerOffIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ScoreBadge } from "./badges";

export type EvaluationState = "pending" | "processing" | "completed" | "failed";

export function isEvaluating(status: EvaluationState | null | undefined): boolean {
  return status === "pending" || status === "processing";
}

type Props = {
  /** The answer's evaluation status; null when the question was skipped or not reached. */
  status: EvaluationState | null;
  questionStatus: "pending" | "answered" | "skipped";
  /** A skip the clock made: the question's time ran out before an answer. */
  timedOut?: boolean;
  score: number | null;
  onRetry?: () => void;
  retrying?: boolean;
  /** Names the question in the retry button's accessible name. */
  questionLabel: string;
};

/** Evaluating… / score / failed + Retry / skipped, for one question. */
export function EvaluationStatus({
  status,
  questionStatus,
  timedOut = false,
  score,
  onRetry,
  retrying,
  questionLabel,
}: Props) {
  if (questionStatus === "skipped")
    return timedOut ? (
      <Badge variant="warning">
        <TimerOffIcon aria-hidden="true" />
        Timed out
      </Badge>
    ) : (
      <Badge variant="outline">Skipped</Badge>
    );
  if (questionStatus === "pending") return <Badge variant="outline">Not answered</Badge>;
  if (status === "completed" && score !== null) return <ScoreBadge score={score} />;
  if (status === "failed") {
    return (
      <span className="inline-flex flex-wrap items-center gap-2">
        <span className="inline-flex items-center gap-1 text-xs font-medium text-destructive">
          <AlertCircleIcon aria-hidden="true" className="size-3.5" />
          Evaluation failed
        </span>
        {onRetry ? (
          <Button
            type="button"
            size="sm"
            variant="outline"
            className="h-7 px-2 text-xs"
            onClick={onRetry}
            disabled={retrying}
            aria-label={`Retry evaluation of ${questionLabel}`}
          >
            <RotateCwIcon aria-hidden="true" className={retrying ? "animate-spin" : undefined} />
            Retry
          </Button>
        ) : null}
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-muted-foreground">
      <Loader2Icon aria-hidden="true" className="size-3.5 animate-spin" />
      Evaluating…
    </span>
  );
}
