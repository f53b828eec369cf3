import Link from "next/link";

export type ComparisonView = {
  status: "ok" | "no_target_role" | "no_sessions" | "cohort_too_small";
  target_role: string | null;
  percentile: number | null;
  cohort_size: number | null;
  your_average: number | null;
  minimum_cohort: number;
};

/** Anonymous comparison with candidates of the same target role (aggregates only). */
export function PercentileCard({ comparison }: { comparison: ComparisonView }) {
  const c = comparison;
  if (c.status === "no_target_role") {
    return (
      <p className="text-sm text-muted-foreground">
        Set a target role on your{" "}
        <Link href="/profile" className="underline underline-offset-4">
          profile
        </Link>{" "}
        to see how you compare with other candidates for it.
      </p>
    );
  }
  if (c.status === "no_sessions") {
    return (
      <p className="text-sm text-muted-foreground">
        Complete a session to compare with other {c.target_role} candidates.
      </p>
    );
  }
  if (c.status === "cohort_too_small") {
    return (
      <p className="text-sm text-muted-foreground">
        Fewer than {c.minimum_cohort} candidates target {c.target_role} so far; the comparison
        appears once there are enough to keep everyone anonymous.
      </p>
    );
  }
  return (
    <div className="grid gap-2">
      <p className="text-3xl font-semibold tabular-nums">
        {c.percentile}
        <span className="text-base font-normal text-muted-foreground">th percentile</span>
      </p>
      <p className="text-sm">
        Your average of {c.your_average}/100 outscores about {c.percentile}% of the other{" "}
        {c.cohort_size! - 1} candidates targeting {c.target_role}.
      </p>
      <p className="text-xs text-muted-foreground">
        Only anonymous aggregates are compared; nobody sees your scores.
      </p>
    </div>
  );
}
