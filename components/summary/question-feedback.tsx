"use client";

import { ChevronDownIcon } from "lucide-react";
import { CategoryBadge } from "@/components/interview/badges";
import { DeliveryCard } from "@/components/interview/delivery-card";
import type { RecordingDto } from "@/lib/recordings/recording-queries";
import { AnswerRecordings } from "./answer-recordings";
import { EvaluationStatus, type EvaluationState } from "@/components/interview/evaluation-status";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { ScoreBar } from "@/components/ui/score-bar";
import { CRITERIA } from "@/lib/evaluations/criteria";
import type { EvaluationDto } from "@/lib/evaluations/evaluation-dto";
import type { DeliveryReport } from "@/lib/validations/delivery";
import type { QuestionCategory } from "@/lib/validations/enums";
import { EvidenceHighlighter } from "./evidence-highlighter";
import { GradeConfidence } from "./grade-confidence";
import { PointChecklist } from "./point-checklist";
import { StarBreakdown } from "./star-breakdown";

type SummaryQuestion = {
  question_id: number;
  question_number: number;
  question_text: string;
  category: QuestionCategory;
  status: "pending" | "answered" | "skipped";
  /** Skipped because its time ran out (absent on summaries from before it was recorded). */
  timed_out?: boolean;
  answer_id: number | null;
  answer_text: string | null;
  time_taken: number | null;
  evaluation_status: EvaluationState | null;
  evaluation: EvaluationDto | null;
  /** Delivery feedback stored with the answer (absent for answers from before it existed). */
  delivery?: DeliveryReport | null;
};

const FLAG_LABELS: Record<string, string> = {
  copied_question: "Repeats the question",
  keyword_salad: "Keywords without explanation",
  gibberish: "Not readable text",
  non_answer: "Does not answer the question",
  off_topic: "Off topic",
  prompt_injection: "Contains instructions to the grader",
  too_short: "Very short",
};

function formatDuration(seconds: number) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
}

function FeedbackList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="grid content-start gap-1.5">
      <h5 className="text-sm font-semibold">{title}</h5>
      <ul className="grid list-disc content-start gap-1 pl-5 text-sm">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

type Props = {
  question: SummaryQuestion;
  onRetry?: (answerId: number) => void;
  retrying?: boolean;
  /** A model answer is shown instead (the built-in example is only the checklist in prose). */
  hideExampleAnswer?: boolean;
  /**
   * This answer's own advice when the page lifted the advice shared with other answers out
   * (lib/summaries/group-feedback.ts); the evaluation's lists otherwise.
   */
  advice?: { improvements: string[]; suggestions: string[] };
  /** This answer's kept recordings (only for users who opted in to keeping them). */
  recordings?: RecordingDto[];
};

/** One question of the summary: the answer with its evidence, the checklist and the feedback. */
export function QuestionFeedback({
  question: q,
  onRetry,
  retrying,
  hideExampleAnswer,
  advice,
  recordings = [],
}: Props) {
  const headingId = `summary-q${q.question_number}`;
  const e = q.evaluation;
  const completed = q.evaluation_status === "completed" && e?.scores;
  const evidence = completed ? e.evidence : [];

  return (
    <Card role="region" aria-labelledby={headingId} className="gap-5">
      <CardHeader className="gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex items-center gap-2">
            <h3 id={headingId} className="font-semibold">
              Question {q.question_number}
            </h3>
            <CategoryBadge category={q.category} />
          </div>
          <EvaluationStatus
            status={q.evaluation_status}
            questionStatus={q.status}
            timedOut={q.timed_out === true}
            score={e?.scores?.overall_score ?? null}
            questionLabel={`question ${q.question_number}`}
            retrying={retrying}
            onRetry={q.answer_id !== null && onRetry ? () => onRetry(q.answer_id!) : undefined}
          />
        </div>
        <p className="leading-relaxed font-medium text-pretty">{q.question_text}</p>
      </CardHeader>
      <CardContent className="grid gap-6">
        {q.status === "skipped" ? (
          <p className="text-sm text-muted-foreground">
            {q.timed_out
              ? "Time ran out before you submitted an answer, so it scored 0. Next time, write a short outline first and submit before the clock ends (or turn on “Submit when time is up”)."
              : "You skipped this question, so it scored 0."}
          </p>
        ) : q.status === "pending" ? (
          <p className="text-sm text-muted-foreground">Not reached in this session.</p>
        ) : (
          <section aria-labelledby={`${headingId}-answer`} className="grid gap-2">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h4 id={`${headingId}-answer`} className="text-sm font-semibold">
                Your answer
              </h4>
              {q.time_taken !== null ? (
                <span className="text-xs text-muted-foreground">
                  Took {formatDuration(q.time_taken)}
                </span>
              ) : null}
            </div>
            <div className="rounded-lg border bg-muted/40 p-4 text-sm">
              <EvidenceHighlighter text={q.answer_text ?? ""} evidence={evidence} />
            </div>
            {completed && e.flags.length > 0 ? (
              <ul aria-label="Flags" className="flex flex-wrap gap-1">
                {e.flags.map((flag) => (
                  <li key={flag}>
                    <Badge variant="warning">{FLAG_LABELS[flag] ?? flag}</Badge>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        )}

        {q.status === "answered" && recordings.length > 0 ? (
          <AnswerRecordings recordings={recordings} headingId={`${headingId}-recordings`} />
        ) : null}

        {q.status === "answered" && q.delivery ? (
          <DeliveryCard report={q.delivery} headingLevel="h4" className="shadow-none" />
        ) : null}

        {completed ? (
          <>
            <section aria-labelledby={`${headingId}-scores`} className="grid gap-3">
              <h4 id={`${headingId}-scores`} className="text-sm font-semibold">
                Scores
              </h4>
              <div className="grid gap-3 sm:grid-cols-2">
                {CRITERIA.map(({ key, label }) => (
                  <ScoreBar key={key} label={label} score={e.scores?.[key] ?? 0} />
                ))}
              </div>
              <GradeConfidence
                confidence={e.confidence}
                second_opinion={e.second_opinion}
                evidence={e.evidence}
                overallScore={e.scores?.overall_score ?? null}
              />
            </section>

            <section aria-labelledby={`${headingId}-points`} className="grid gap-2">
              <h4 id={`${headingId}-points`} className="text-sm font-semibold">
                Expected points
              </h4>
              <PointChecklist evidence={e.evidence} />
            </section>

            {q.category === "Behavioral" && e.star ? (
              <section aria-labelledby={`${headingId}-star`} className="grid gap-2">
                <h4 id={`${headingId}-star`} className="text-sm font-semibold">
                  STAR structure
                </h4>
                <StarBreakdown star={e.star} />
              </section>
            ) : null}

            <section aria-labelledby={`${headingId}-feedback`} className="grid gap-3">
              <h4 id={`${headingId}-feedback`} className="sr-only">
                Feedback
              </h4>
              <div className="grid gap-4 md:grid-cols-3">
                <FeedbackList title="Strengths" items={e.feedback.strengths} />
                <FeedbackList
                  title="To improve"
                  items={advice?.improvements ?? e.feedback.improvements}
                />
                <FeedbackList
                  title="Next time"
                  items={advice?.suggestions ?? e.feedback.suggestions}
                />
              </div>
            </section>

            {e.feedback.example_answer && !hideExampleAnswer ? (
              <details className="group rounded-lg border">
                <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-lg px-4 py-3 text-sm font-semibold [&::-webkit-details-marker]:hidden">
                  Example answer
                  <ChevronDownIcon
                    aria-hidden="true"
                    className="size-4 transition-transform group-open:rotate-180"
                  />
                </summary>
                <p className="border-t px-4 py-3 text-sm leading-relaxed whitespace-pre-wrap">
                  {e.feedback.example_answer}
                </p>
              </details>
            ) : null}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
