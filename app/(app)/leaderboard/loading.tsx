import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";

export default function LeaderboardLoading() {
  return (
    <div aria-busy="true" className="grid gap-6">
      <Spinner label="Loading leaderboard" className="sr-only" />
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-9 w-56" />
      {[0, 1, 2, 3, 4].map((i) => (
        <Skeleton key={i} className="h-10" />
      ))}
    </div>
  );
}
