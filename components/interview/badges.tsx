import { Badge } from "@/components/ui/badge";
import { scoreBand } from "@/components/ui/score-bar";
import {
  CATEGORY_LABELS,
  type Difficulty,
  type QuestionCategory,
} from "@/lib/validations/enum-values";
import { cn } from "@/lib/utils";

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return (
    <Badge variant="outline">
      <span className="sr-only">Difficulty: </span>
      {difficulty}
    </Badge>
  );
}

export function CategoryBadge({ category }: { category: QuestionCategory }) {
  return (
    <Badge variant="secondary">
      <span className="sr-only">Category: </span>
      {CATEGORY_LABELS[category]}
    </Badge>
  );
}

export function CategoryBadges({
  categories,
  className,
}: {
  categories: readonly QuestionCategory[];
  className?: string;
}) {
  return (
    <ul aria-label="Categories" className={cn("flex flex-wrap gap-1", className)}>
      {categories.map((c) => (
        <li key={c}>
          <Badge variant="secondary">{CATEGORY_LABELS[c]}</Badge>
        </li>
      ))}
    </ul>
  );
}

const STATUS: Record<
  string,
  { label: string; variant: "default" | "secondary" | "success" | "outline" }
> = {
  in_progress: { label: "In progress", variant: "default" },
  completed: { label: "Completed", variant: "success" },
  abandoned: { label: "Abandoned", variant: "outline" },
};

export function SessionStatusBadge({ status }: { status: string }) {
  const s = STATUS[status] ?? { label: status, variant: "outline" as const };
  return <Badge variant={s.variant}>{s.label}</Badge>;
}

const BAND_VARIANT = { low: "destructive", medium: "warning", high: "success" } as const;

/** A 0–100 score as a coloured badge; the number (not the colour) carries the meaning. */
export function ScoreBadge({ score, className }: { score: number; className?: string }) {
  const value = Math.round(score);
  return (
    <Badge variant={BAND_VARIANT[scoreBand(value)]} className={cn("tabular-nums", className)}>
      <span aria-hidden="true">{value}/100</span>
      <span className="sr-only">Score {value} out of 100</span>
    </Badge>
  );
}
