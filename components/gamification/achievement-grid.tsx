"use client";

import { LockIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Progress } from "@/components/ui/progress";
import { cn } from "@/lib/utils";
import { ACHIEVEMENT_ICONS } from "./achievement-icons";

export type AchievementItem = {
  type: string;
  title: string;
  description: string;
  rule: string;
  earned: boolean;
  earned_at: string | null;
  progress: { current: number; target: number; label: string };
};

function formatEarned(iso: string, timeZone: string) {
  try {
    return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone }).format(
      new Date(iso),
    );
  } catch {
    return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(
      new Date(iso),
    );
  }
}

/** Every badge: earned ones with their date, locked ones with their rule and progress. */
export function AchievementGrid({
  items,
  timeZone,
}: {
  items: AchievementItem[];
  timeZone: string;
}) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((a) => {
        const Icon = ACHIEVEMENT_ICONS[a.type] ?? LockIcon;
        const titleId = `badge-${a.type}`;
        return (
          <li
            key={a.type}
            aria-labelledby={titleId}
            className={cn(
              "grid gap-3 rounded-xl border p-5",
              a.earned ? "bg-card shadow-sm" : "border-dashed bg-muted/30",
            )}
          >
            <div className="flex items-start gap-3">
              <span
                aria-hidden="true"
                className={cn(
                  "flex size-11 shrink-0 items-center justify-center rounded-full",
                  a.earned
                    ? "bg-primary text-primary-foreground"
                    : "bg-muted text-muted-foreground",
                )}
              >
                {a.earned ? <Icon className="size-5" /> : <LockIcon className="size-5" />}
              </span>
              <div className="grid gap-1">
                <h3 id={titleId} className="font-semibold">
                  {a.title}
                </h3>
                {a.earned ? (
                  <Badge variant="success">
                    Earned{a.earned_at ? ` ${formatEarned(a.earned_at, timeZone)}` : ""}
                  </Badge>
                ) : (
                  <Badge variant="outline">Locked</Badge>
                )}
              </div>
            </div>
            <p className="text-sm">{a.earned ? a.description : a.rule}</p>
            {a.earned ? (
              <p className="text-xs text-muted-foreground">Rule: {a.rule}</p>
            ) : (
              <div className="grid gap-1.5">
                <Progress
                  value={a.progress.current}
                  max={a.progress.target}
                  aria-label={`${a.title} progress`}
                  getValueLabel={() => a.progress.label}
                />
                <p className="text-xs text-muted-foreground">{a.progress.label}</p>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
