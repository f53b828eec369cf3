"use client";

import { CategoryBadge } from "@/components/interview/badges";
import { EvaluationStatus } from "@/components/interview/evaluation-status";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { RunnerQuestion } from "@/lib/interviews/interview-view";

type Props = {
  questions: RunnerQuestion[];
  currentQuestionId: number | null;
  retrying: ReadonlySet<number>;
  onRetry: (answerId: number) => void;
  /** Polite announcement of newly finished evaluations. */
  announcement: string;
};

/** Earlier questions of the session and how their evaluations are going. */
export function AnswerHistory({
  questions,
  currentQuestionId,
  retrying,
  onRetry,
  announcement,
}: Props) {
  const done = questions.filter((q) => q.status !== "pending");
  const upcoming = questions.filter(
    (q) => q.status === "pending" && q.question_id !== currentQuestionId,
  ).length;

  return (
    <Card className="gap-4 py-5" role="region" aria-labelledby="answer-history-heading">
      <CardHeader className="px-5">
        <CardTitle asChild>
          <h2 id="answer-history-heading" className="text-base">
            Your answers
          </h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3 px-5">
        <p aria-live="polite" aria-atomic="true" className="sr-only">
          {announcement}
        </p>
        {done.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            Answers you submit appear here while they are evaluated in the background.
          </p>
        ) : (
          <ol className="grid gap-3">
            {done.map((q) => {
              const label = `question ${q.question_number}`;
              return (
                <li key={q.question_id} className="grid gap-1.5 rounded-lg border p-3">
                  <div className="flex items-center justify-between gap-2">
                    <span className="text-sm font-medium">Question {q.question_number}</span>
                    <CategoryBadge category={q.category} />
                  </div>
                  {q.question_text ? (
                    <p className="line-clamp-2 text-xs text-muted-foreground">{q.question_text}</p>
                  ) : null}
                  <div>
                    <EvaluationStatus
                      status={q.evaluation_status}
                      questionStatus={q.status}
                      timedOut={q.timed_out}
                      score={q.overall_score}
                      questionLabel={label}
                      retrying={q.answer_id !== null && retrying.has(q.answer_id)}
                      onRetry={q.answer_id !== null ? () => onRetry(q.answer_id!) : undefined}
                    />
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {upcoming > 0 ? (
          <p className="text-xs text-muted-foreground">
            {upcoming} more question{upcoming === 1 ? "" : "s"} after this one.
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
