"use client";

import { memo, Suspense } from "react";
import { AttemptComparison } from "@/components/summary/attempt-comparison";
import { ModelAnswer } from "@/components/summary/model-answer";
import { PracticePanel, type PracticeHandlers } from "@/components/summary/practice-panel";
import { QuestionFeedback } from "@/components/summary/question-feedback";
import type { RecordingDto } from "@/lib/recordings/recording-queries";
import type { SessionSummary } from "@/lib/summaries/get-summary";
import type { GroupedFeedback } from "@/lib/summaries/group-feedback";

type Props = {
  sessionId: number;
  questions: SessionSummary["questions"];
  advice: GroupedFeedback["perQuestion"];
  recordings: Record<number, RecordingDto[]>;
  retrying: ReadonlySet<number>;
  onRetry: (answerId: number) => void;
  handlers: PracticeHandlers;
};

/**
 * The summary's question by question part, its longest. Memoised: the page re-renders when the
 * live connection opens or drops, and this re-rendered with it in one long task right after load;
 * now it renders again only when its questions, advice or retry state change.
 */
export const QuestionList = memo(function QuestionList({
  sessionId,
  questions,
  advice,
  recordings,
  retrying,
  onRetry,
  handlers,
}: Props) {
  return (
    <section aria-labelledby="questions-heading" className="grid gap-4">
      <h2 id="questions-heading" className="text-lg font-semibold">
        Question by question
      </h2>
      <p className="text-sm text-muted-foreground">
        Highlighted passages are the words in your answer that covered an expected point; the small
        numbers match the checklist.
      </p>
      <ol className="grid gap-4">
        {questions.map((q) => (
          <li key={q.question_id} className="grid gap-3">
            {/* A boundary per question: React hydrates each in a task of its own after load, not
                the whole list (≈ 1,000 elements for three questions) in one long task. Nothing in
                it suspends, so the fallback is never shown. */}
            <Suspense fallback={null}>
              <QuestionFeedback
                question={q}
                onRetry={onRetry}
                retrying={q.answer_id !== null && retrying.has(q.answer_id)}
                hideExampleAnswer={q.model_answer !== null}
                advice={advice.get(q.question_number)}
                recordings={q.answer_id !== null ? recordings[q.answer_id] : undefined}
              />
              {q.attempts.length > 0 ? (
                <div className="grid gap-4 rounded-xl border bg-card p-4 sm:p-6">
                  <AttemptComparison
                    sessionId={sessionId}
                    earlier={q.earlier_attempt}
                    attempts={q.attempts}
                    comparison={q.comparison}
                  />
                  {q.model_answer ? <ModelAnswer model={q.model_answer} /> : null}
                  <PracticePanel
                    idPrefix={`q${q.question_number}`}
                    questionId={q.question_id}
                    attempts={q.attempts}
                    canRetry={q.can_retry}
                    handlers={handlers}
                  />
                </div>
              ) : null}
            </Suspense>
          </li>
        ))}
      </ol>
    </section>
  );
});
