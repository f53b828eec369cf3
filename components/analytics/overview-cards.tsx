import { TrendingDownIcon, TrendingUpIcon } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import { formatChange, formatPractice, formatScore } from "./format";

export type Overview = {
  total_interviews: number;
  average_score_all_time: number | null;
  average_score_last_30_days: number | null;
  sessions_last_30_days: number;
  improvement_rate: number | null;
  best_score: number | null;
  total_practice_hours: number;
  total_practice_minutes: number;
};

function Stat({
  label,
  value,
  hint,
  tone,
}: {
  label: string;
  value: React.ReactNode;
  hint?: string;
  tone?: "up" | "down";
}) {
  return (
    <Card className="gap-2 py-5">
      <CardHeader className="px-5">
        <CardDescription>
          <h3>{label}</h3>
        </CardDescription>
      </CardHeader>
      <CardContent className="px-5">
        <p
          className={cn(
            "flex items-center gap-1.5 text-3xl font-semibold tabular-nums",
            tone === "up" && "text-success",
            tone === "down" && "text-destructive",
          )}
        >
          {tone === "up" ? <TrendingUpIcon aria-hidden="true" className="size-6" /> : null}
          {tone === "down" ? <TrendingDownIcon aria-hidden="true" className="size-6" /> : null}
          {value}
        </p>
        {hint ? <p className="mt-1 text-xs text-muted-foreground">{hint}</p> : null}
      </CardContent>
    </Card>
  );
}

/** Headline figures: sessions, averages (all time and last 30 days), improvement, practice time. */
export function OverviewCards({ overview }: { overview: Overview }) {
  const rate = overview.improvement_rate;
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading" className="sr-only">
        Overview
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat
          label="Interviews completed"
          value={overview.total_interviews}
          hint={
            overview.best_score === null
              ? "No scored session yet"
              : `Best session ${overview.best_score}/100`
          }
        />
        <Stat
          label="Average score"
          value={
            overview.average_score_all_time === null
              ? "—"
              : `${formatScore(overview.average_score_all_time)}/100`
          }
          hint={
            overview.average_score_last_30_days === null
              ? "No sessions in the last 30 days"
              : `${formatScore(overview.average_score_last_30_days)} over the last 30 days (${overview.sessions_last_30_days} session${overview.sessions_last_30_days === 1 ? "" : "s"})`
          }
        />
        <Stat
          label="Improvement"
          value={rate === null ? "—" : formatChange(rate)}
          tone={rate === null || rate === 0 ? undefined : rate > 0 ? "up" : "down"}
          hint={
            rate === null
              ? "Needs at least two sessions"
              : "Your latest sessions against your first ones (up to 5 each)"
          }
        />
        <Stat
          label="Practice time"
          value={formatPractice(overview.total_practice_hours, overview.total_practice_minutes)}
          hint="Time spent answering, all sessions"
        />
      </div>
    </section>
  );
}
