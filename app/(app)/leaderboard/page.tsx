import type { Metadata } from "next";
import Link from "next/link";
import {
  LeaderboardTable,
  type LeaderboardView,
} from "@/components/gamification/leaderboard-table";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { requireUser } from "@/lib/auth/session";
import { getLeaderboard } from "@/lib/gamification/get-leaderboard";

export const metadata: Metadata = { title: "Leaderboard" };

function formatWhen(iso: string | null, timeZone: string, style: "date" | "time") {
  if (!iso) return null;
  const options: Intl.DateTimeFormatOptions =
    style === "date" ? { dateStyle: "medium" } : { timeStyle: "short" };
  try {
    return new Intl.DateTimeFormat("en-GB", {
      ...options,
      timeZone: style === "date" ? "UTC" : timeZone,
    }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(new Date(iso));
  }
}

function YourRank({ board, when }: { board: LeaderboardView; when: string }) {
  if (board.opted_out) return null;
  return board.you ? (
    <p className="text-sm">
      You are <span className="font-semibold">#{board.you.rank}</span> of {board.total_ranked} as{" "}
      <span className="font-medium">{board.you.anonymous_username}</span>.
    </p>
  ) : (
    <p className="text-sm text-muted-foreground">
      You are not on this board yet: complete a session{when} and you appear here at once.
    </p>
  );
}

export default async function LeaderboardPage() {
  const user = await requireUser("/leaderboard");
  const [weekly, allTime] = await Promise.all([
    getLeaderboard(user.id, { period: "weekly", limit: 50 }),
    getLeaderboard(user.id, { period: "all_time", limit: 50 }),
  ]);
  const updated = formatWhen(weekly.computed_at ?? allTime.computed_at, user.timezone, "time");
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Leaderboard</h1>
        <p className="text-sm text-muted-foreground">
          Ranked by average session score, then by number of sessions. Names are anonymous. Your own
          sessions count at once; others&apos; within 10 minutes
          {updated ? ` (last update ${updated})` : ""}.
        </p>
      </div>
      {weekly.opted_out ? (
        <Alert role="status">
          <AlertTitle>You have opted out</AlertTitle>
          <AlertDescription>
            You do not appear on the leaderboards. You can opt back in on your{" "}
            <Link href="/profile" className="underline underline-offset-4">
              profile
            </Link>
            .
          </AlertDescription>
        </Alert>
      ) : (
        <p className="text-sm text-muted-foreground">
          Prefer not to appear? Opt out on your{" "}
          <Link href="/profile" className="underline underline-offset-4">
            profile
          </Link>
          ; you disappear at once.
        </p>
      )}
      <Tabs defaultValue="weekly">
        <TabsList aria-label="Leaderboard period">
          <TabsTrigger value="weekly">This week</TabsTrigger>
          <TabsTrigger value="all_time">All time</TabsTrigger>
        </TabsList>
        <TabsContent value="weekly" className="grid gap-3 pt-2">
          <p className="text-sm text-muted-foreground">
            Sessions completed since Monday
            {weekly.period_start
              ? ` ${formatWhen(`${weekly.period_start}T00:00:00Z`, "UTC", "date")}`
              : ""}{" "}
            (UTC).
          </p>
          <YourRank board={weekly} when=" this week" />
          <LeaderboardTable board={weekly} caption="This week's leaderboard" />
        </TabsContent>
        <TabsContent value="all_time" className="grid gap-3 pt-2">
          <YourRank board={allTime} when="" />
          <LeaderboardTable board={allTime} caption="All-time leaderboard" />
        </TabsContent>
      </Tabs>
    </div>
  );
}
