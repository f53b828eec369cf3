"use client";

import { useTransition } from "react";
import { CalendarClockIcon, Loader2Icon, PlayIcon } from "lucide-react";
import { toast } from "sonner";
import { CategoryBadge } from "@/components/interview/badges";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActionResult } from "@/lib/actions/result";
import type { QuestionCategory } from "@/lib/validations/enums";

export type ReviewQueueSummary = {
  due_count: number;
  total_count: number;
  next_due_at: string | null;
  items: {
    question_id: number;
    question_text: string;
    category: QuestionCategory;
    last_score: number | null;
    interval_days: number | null;
    due_at: string;
    due: boolean;
  }[];
};

const SHOWN = 3;

function inDays(iso: string, now: number): string {
  const days = Math.max(1, Math.ceil((Date.parse(iso) - now) / 86_400_000));
  return days === 1 ? "within a day" : `in ${days} days`;
}

/**
 * The review queue on the dashboard: how many weak questions are due, the first few, and a
 * one-click review session made of them alone.
 */
export function ReviewQueueCard({
  queue,
  now,
  onStart,
}: {
  queue: ReviewQueueSummary;
  /** Server time of the page (keeps "in 3 days" stable between server and client render). */
  now: number;
  onStart: () => Promise<ActionResult<never> | undefined>;
}) {
  const [pending, startTransition] = useTransition();
  const due = queue.items.filter((i) => i.due).slice(0, SHOWN);

  function start() {
    startTransition(async () => {
      try {
        const result = await onStart();
        if (result && !result.ok) toast.error(result.error.message);
      } catch (error) {
        if (!(error instanceof Error && /NEXT_REDIRECT/.test(error.message))) {
          toast.error("We could not start the review session. Try again.");
        }
      }
    });
  }

  return (
    <Card className="gap-3">
      <CardHeader>
        <CardTitle asChild>
          <h2 className="flex items-center gap-2 text-base">
            <CalendarClockIcon aria-hidden="true" className="size-4" />
            Review queue
          </h2>
        </CardTitle>
        <CardDescription>
          Questions you scored below 60 come back after 1, 3, 7 and 14 days; a good answer moves the
          next review further out.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <p className="text-sm">
          <span className="text-3xl font-semibold tabular-nums" data-testid="review-due-count">
            {queue.due_count}
          </span>{" "}
          {queue.due_count === 1 ? "question is" : "questions are"} due for review
          {queue.total_count > queue.due_count
            ? ` · ${queue.total_count - queue.due_count} scheduled later`
            : ""}
        </p>
        {due.length > 0 ? (
          <ul className="grid gap-2 text-sm">
            {due.map((i) => (
              <li key={i.question_id} className="flex items-start justify-between gap-2">
                <span className="line-clamp-2">{i.question_text}</span>
                <span className="flex shrink-0 items-center gap-1">
                  <CategoryBadge category={i.category} />
                  {i.last_score !== null ? (
                    <span className="text-xs text-muted-foreground tabular-nums">
                      {i.last_score}/100
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        ) : queue.next_due_at ? (
          <p className="text-sm text-muted-foreground">
            Next review {inDays(queue.next_due_at, now)}.
          </p>
        ) : (
          <p className="text-sm text-muted-foreground">
            Nothing to review yet: weak answers land here after each session.
          </p>
        )}
        {queue.due_count > 0 ? (
          <div>
            <Button type="button" onClick={start} disabled={pending}>
              {pending ? (
                <Loader2Icon aria-hidden="true" className="animate-spin" />
              ) : (
                <PlayIcon aria-hidden="true" />
              )}
              Start review session
            </Button>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
