import { cn } from "@/lib/utils";
import { pointColor } from "./point-colors";
import { CheckCircle2Icon, XCircleIcon } from "lucide-react";
import type { PointEvidence } from "@/lib/ai/types";

/** Expected points as covered ✓ / missed ✗, numbered like the highlights in the answer. */
export function PointChecklist({ evidence }: { evidence: readonly PointEvidence[] }) {
  if (evidence.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        No expected points were recorded for this question.
      </p>
    );
  }
  const covered = evidence.filter((e) => e.covered).length;
  return (
    <div className="grid gap-2">
      <p className="text-sm text-muted-foreground">
        {covered} of {evidence.length} expected points covered.
      </p>
      <ol className="grid gap-2">
        {evidence.map((e, i) => (
          <li key={`${i}-${e.point}`} className="flex gap-2 text-sm">
            {e.covered ? (
              <CheckCircle2Icon
                aria-hidden="true"
                className="mt-0.5 size-4 shrink-0 text-success"
              />
            ) : (
              <XCircleIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-destructive" />
            )}
            <div className="grid gap-1">
              <p>
                <span className="mr-1 font-semibold text-muted-foreground tabular-nums">
                  {i + 1}.
                </span>
                <span className="sr-only">{e.covered ? "Covered: " : "Missed: "}</span>
                {e.point}
              </p>
              {e.covered && e.quote ? (
                <blockquote
                  className={cn(
                    "border-l-2 pl-2 text-xs text-muted-foreground italic",
                    pointColor(i + 1).border,
                  )}
                >
                  <span className="sr-only">Your words: </span>“{e.quote}”
                </blockquote>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
