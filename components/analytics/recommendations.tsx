"use client";

import { useState, useTransition } from "react";
import { PlayIcon } from "lucide-react";
import { toast } from "sonner";
import { CategoryBadges, DifficultyBadge } from "@/components/interview/badges";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { Difficulty, QuestionCategory } from "@/lib/validations/enums";

type RecommendedSession = {
  role: string;
  difficulty: Difficulty;
  categories: QuestionCategory[];
  question_count: number;
};
export type RecommendationItem = {
  id: string;
  kind: string;
  title: string;
  reason: string;
  session: RecommendedSession;
};

type StartAction = (session: RecommendedSession) => Promise<ActionResult<never> | undefined>;

/**
 * What to practise next, each with a one-click "Start this session" (a server action that creates
 * the session and redirects to its first question).
 */
export function Recommendations({
  items,
  onStart,
}: {
  items: RecommendationItem[];
  onStart: StartAction;
}) {
  const [pending, startTransition] = useTransition();
  const [starting, setStarting] = useState<string | null>(null);

  function start(item: RecommendationItem) {
    setStarting(item.id);
    startTransition(async () => {
      try {
        const result = await onStart(item.session);
        // On success the action redirects; a result means it failed.
        if (result && !result.ok) toast.error(result.error.message);
      } catch (error) {
        // A redirect surfaces as a thrown control-flow signal in some runtimes: not a failure.
        if (!(error instanceof Error && /NEXT_REDIRECT/.test(error.message))) {
          toast.error("We could not start the session. Try again.");
        }
      } finally {
        setStarting(null);
      }
    });
  }

  if (items.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        No recommendations right now: keep practising.
      </p>
    );
  }
  return (
    <ol className="grid gap-3">
      {items.map((item) => {
        const headingId = `rec-${item.id.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
        const busy = pending && starting === item.id;
        return (
          <li key={item.id} className="grid gap-2 rounded-lg border p-4">
            <h4 id={headingId} className="font-medium">
              {item.title}
            </h4>
            <p className="text-sm text-muted-foreground">{item.reason}</p>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <div className="flex flex-wrap items-center gap-1">
                <DifficultyBadge difficulty={item.session.difficulty} />
                <CategoryBadges categories={item.session.categories} />
                <span className="text-xs text-muted-foreground">
                  {item.session.question_count} questions · {item.session.role}
                </span>
              </div>
              <Button
                type="button"
                size="sm"
                onClick={() => start(item)}
                disabled={pending}
                aria-describedby={headingId}
              >
                <PlayIcon aria-hidden="true" />
                {busy ? "Starting…" : "Start this session"}
              </Button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
