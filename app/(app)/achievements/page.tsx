import type { Metadata } from "next";
import { AchievementGrid } from "@/components/gamification/achievement-grid";
import { StreakWidget } from "@/components/analytics/streak-widget";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getStreak } from "@/lib/gamification/get-streak";
import { listAchievements } from "@/lib/gamification/list-achievements";

export const metadata: Metadata = { title: "Achievements" };

export default async function AchievementsPage() {
  const user = await requireUser("/achievements");
  const [achievements, streak] = await Promise.all([listAchievements(user.id), getStreak(user.id)]);
  return (
    <div className="grid gap-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Achievements</h1>
        <p className="text-sm text-muted-foreground">
          {achievements.earned_count} of {achievements.total} badges earned. Each is awarded once,
          the moment a completed session meets its rule.
        </p>
      </div>
      <Card className="max-w-md">
        <CardHeader>
          <CardTitle asChild>
            <h2 className="text-base">Streak</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <StreakWidget streak={streak} />
        </CardContent>
      </Card>
      <section aria-labelledby="badges-heading" className="grid gap-4">
        <h2 id="badges-heading" className="text-lg font-semibold">
          Badges
        </h2>
        <AchievementGrid items={achievements.achievements} timeZone={user.timezone} />
      </section>
    </div>
  );
}
