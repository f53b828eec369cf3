import { FlameIcon } from "lucide-react";

export type StreakView = {
  current_streak: number;
  longest_streak: number;
  last_practice_date: string | null;
  practiced_today: boolean;
  at_risk: boolean;
  timezone: string;
};

function message(s: StreakView): string {
  if (s.last_practice_date === null) return "Complete a session to start a streak.";
  if (s.practiced_today) return "You practised today. Come back tomorrow to keep it going.";
  if (s.at_risk) return "Practise today to keep your streak.";
  return "Your streak ended. Complete a session today to start a new one.";
}

/** Current and longest streak (days counted in the user's own time zone). */
export function StreakWidget({ streak }: { streak: StreakView }) {
  const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;
  return (
    <div className="grid gap-3">
      <div className="flex items-center gap-3">
        <span
          aria-hidden="true"
          className={
            streak.current_streak > 0
              ? "flex size-12 items-center justify-center rounded-full bg-warning/15 text-warning"
              : "flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground"
          }
        >
          <FlameIcon className="size-6" />
        </span>
        <div>
          <p className="text-3xl font-semibold tabular-nums">
            {streak.current_streak}
            <span className="sr-only"> day current streak</span>
            <span aria-hidden="true" className="ml-1 text-base font-normal text-muted-foreground">
              {streak.current_streak === 1 ? "day" : "days"}
            </span>
          </p>
          <p className="text-sm text-muted-foreground">Longest: {days(streak.longest_streak)}</p>
        </div>
      </div>
      <p className="text-sm">{message(streak)}</p>
      <p className="text-xs text-muted-foreground">
        Days are counted in your time zone ({streak.timezone}).
      </p>
    </div>
  );
}
