import { cn } from "@/lib/utils";

export type LeaderboardView = {
  period: "weekly" | "all_time";
  period_start: string | null;
  computed_at: string | null;
  total_ranked: number;
  entries: {
    rank: number;
    anonymous_username: string;
    average_score: number;
    total_interviews: number;
    is_you: boolean;
  }[];
  you: {
    rank: number;
    anonymous_username: string;
    average_score: number;
    total_interviews: number;
  } | null;
  opted_out: boolean;
};

/** One board as a table; the caller's row is marked (and shown below when outside the top). */
export function LeaderboardTable({ board, caption }: { board: LeaderboardView; caption: string }) {
  if (board.entries.length === 0) {
    return (
      <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
        Nobody is on this board yet. Complete a session to be the first.
      </p>
    );
  }
  const youListed = board.entries.some((e) => e.is_you);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b text-muted-foreground">
            <th scope="col" className="px-3 py-2 font-medium">
              Rank
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Candidate
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Average
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Sessions
            </th>
          </tr>
        </thead>
        <tbody>
          {board.entries.map((e) => (
            <tr
              key={`${e.rank}-${e.anonymous_username}`}
              aria-current={e.is_you ? "true" : undefined}
              className={cn("border-b last:border-0", e.is_you && "bg-accent font-medium")}
            >
              <td className="px-3 py-2">{e.rank}</td>
              <th scope="row" className="px-3 py-2 font-normal">
                {e.anonymous_username}
                {e.is_you ? (
                  <span className="ml-2 text-xs text-muted-foreground">(you)</span>
                ) : null}
              </th>
              <td className="px-3 py-2 text-right">{e.average_score}</td>
              <td className="px-3 py-2 text-right">{e.total_interviews}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {board.you && !youListed ? (
        <p className="mt-3 text-sm">
          Your rank: <span className="font-semibold">{board.you.rank}</span> of {board.total_ranked}{" "}
          as {board.you.anonymous_username} (average {board.you.average_score},{" "}
          {board.you.total_interviews} sessions).
        </p>
      ) : null}
    </div>
  );
}
