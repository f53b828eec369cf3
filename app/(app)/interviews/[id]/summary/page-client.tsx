"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { SkillsShownCard } from "@/components/jobs/skills-shown-card";
import {
  AwardIcon,
  DownloadIcon,
  Loader2Icon,
  MinusIcon,
  PrinterIcon,
  RotateCcwIcon,
  TrendingDownIcon,
  TrendingUpIcon,
} from "lucide-react";
import { useAchievementToasts } from "@/components/gamification/achievement-toasts";
import { CategoryBadges, DifficultyBadge, SessionStatusBadge } from "@/components/interview/badges";
import { usePoll } from "@/components/interview/use-poll";
import { useLiveStatus } from "@/components/live/use-live-status";
import { CriteriaRadar } from "@/components/summary/criteria-radar";
import type { PracticeHandlers } from "@/components/summary/practice-panel";
import type { RecordingDto } from "@/lib/recordings/recording-queries";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ScoreBar, scoreBand } from "@/components/ui/score-bar";
import { CRITERIA } from "@/lib/evaluations/criteria";
import type { SessionSummary } from "@/lib/summaries/get-summary";
import {
  adviceKey,
  groupFeedback,
  questionList,
  questionsOf,
  type AnswerFeedback,
} from "@/lib/summaries/group-feedback";
import { CATEGORIES, CATEGORY_LABELS, type QuestionCategory } from "@/lib/validations/enum-values";
import { pointsChange } from "@/components/analytics/format";
import { cn } from "@/lib/utils";
import { useEvaluationRetry } from "../_components/use-evaluation-retry";
import { QuestionList } from "./question-list";
import {
  answerFollowUpAction,
  getSummaryAction,
  queueForReviewAction,
  retryQuestionAction,
  takeFollowUpAction,
} from "./actions";

// A stable default: QuestionList is memoised on its props.
const NO_RECORDINGS: Record<number, RecordingDto[]> = {};

const BAND_TEXT = {
  low: "text-destructive",
  medium: "text-warning",
  high: "text-success",
} as const;

/** Keep polling until the stored summary is in, or while evaluations are still running. */
function shouldPoll(s: SessionSummary) {
  return (
    s.practice_pending > 0 ||
    (!s.complete && (s.evaluations_pending > 0 || s.status === "completed"))
  );
}

/** Follow-ups and retries as separate lines: they never change the session's own score. */
function PracticeLines({ summary }: { summary: SessionSummary }) {
  const { follow_ups: f, retries: r } = summary;
  if (f.taken === 0 && r.attempts === 0 && r.average_change === null) return null;
  return (
    <dl className="grid gap-1 border-t pt-2 text-sm">
      {f.taken > 0 ? (
        <div className="flex justify-between gap-2">
          <dt className="text-muted-foreground">
            Follow-ups ({f.answered} of {f.taken} answered)
          </dt>
          <dd className="font-semibold tabular-nums">
            {f.average_score === null ? "—" : `${f.average_score}/100`}
          </dd>
        </div>
      ) : null}
      {r.average_change !== null ? (
        <div className="flex justify-between gap-2">
          <dt className="text-muted-foreground">
            {r.attempts > 0
              ? `Retries (${r.attempts} on ${r.questions} question${r.questions === 1 ? "" : "s"})`
              : "Against your earlier attempts"}
          </dt>
          <dd className="font-semibold tabular-nums">
            {r.average_change > 0 ? "+" : r.average_change < 0 ? "−" : "±"}
            {Math.abs(r.average_change)} on average
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** What screen readers hear as results arrive (the visible alerts are not live regions). */
function liveMessage(s: SessionSummary): string {
  if (s.evaluations_pending > 0) {
    return `${s.evaluations_pending} answer${s.evaluations_pending === 1 ? " is" : "s are"} still being evaluated.`;
  }
  if (!s.complete && s.status === "completed") return "Finalising your summary.";
  return s.overall_session_score === null
    ? ""
    : `Overall score ${s.overall_session_score} out of 100.`;
}

function Trend({ value, score }: { value: number | null; score: number | null }) {
  if (value === null || score === null) {
    return (
      <p className="text-sm text-muted-foreground">
        Your first scored session: the trend starts next time.
      </p>
    );
  }
  const points = pointsChange(score, value);
  if (points === null) {
    return (
      <p className="inline-flex items-center gap-1.5 text-sm font-medium text-destructive">
        <TrendingDownIcon aria-hidden="true" className="size-4" />
        Down from your previous session
      </p>
    );
  }
  const up = points > 0;
  const flat = points === 0;
  const Icon = flat ? MinusIcon : up ? TrendingUpIcon : TrendingDownIcon;
  const previous = score - points;
  return (
    <p
      className={cn(
        "inline-flex items-center gap-1.5 text-sm font-medium",
        flat ? "text-muted-foreground" : up ? "text-success" : "text-destructive",
      )}
    >
      <Icon aria-hidden="true" className="size-4" />
      {flat
        ? `Same as your previous session (${previous})`
        : `${up ? "+" : "\u2212"}${Math.abs(points)} point${Math.abs(points) === 1 ? "" : "s"} on your previous session (${previous})`}
    </p>
  );
}

function ListCard({
  title,
  items,
  empty,
}: {
  title: string;
  items: { text: string; questions?: number[] }[];
  empty: string;
}) {
  return (
    <Card className="gap-3">
      <CardHeader>
        <CardTitle asChild>
          <h2 className="text-base">{title}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        {items.length === 0 ? (
          <p className="text-sm text-muted-foreground">{empty}</p>
        ) : (
          <ul className="grid list-disc gap-1.5 pl-5 text-sm">
            {items.map(({ text, questions = [] }) => (
              <li key={text}>
                {text}
                {questions.length > 0 ? (
                  <span className="text-muted-foreground"> ({questionList(questions)})</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

type Props = {
  initial: SessionSummary;
  practiceAgainHref: string;
  dateLabel: string;
  categories: QuestionCategory[];
  /** Kept recordings by answer id (users who opted in to keeping them). */
  recordings?: Record<number, RecordingDto[]>;
};

export function SummaryPage({
  initial,
  practiceAgainHref,
  dateLabel,
  categories,
  recordings = NO_RECORDINGS,
}: Props) {
  const [summary, setSummary] = useState(initial);
  const sessionId = summary.session_id;
  const score = summary.overall_session_score;
  const byCategory = CATEGORIES.flatMap((category) => {
    const value = summary.category_performance[category];
    return value === undefined ? [] : [{ category, score: value }];
  });

  // Advice given on several answers is said once, naming its questions (not on every answer).
  const answerFeedback: AnswerFeedback[] = useMemo(
    () =>
      summary.questions.flatMap((q) =>
        q.evaluation_status === "completed" && q.evaluation
          ? [
              {
                questionNumber: q.question_number,
                improvements: q.evaluation.feedback.improvements,
                suggestions: q.evaluation.feedback.suggestions,
              },
            ]
          : [],
      ),
    [summary.questions],
  );
  const advice = useMemo(() => groupFeedback(answerFeedback), [answerFeedback]);
  const toImprove = summary.improvements.map((text) => ({
    text,
    questions: questionsOf(text, answerFeedback),
  }));
  const sharedKeys = new Set(toImprove.map((i) => adviceKey(i.text)));
  const acrossAnswers = advice.shared.filter((s) => !sharedKeys.has(adviceKey(s.text)));

  // Badges earned by this session: a toast each, once the summary (and its awards) are final.
  useAchievementToasts(sessionId, summary.complete ? summary.achievements_earned : []);

  const refresh = useCallback(async () => {
    const result = await getSummaryAction(sessionId);
    if (result.ok) setSummary(result.data);
  }, [sessionId]);
  const summaryRef = useRef(summary);
  useEffect(() => {
    summaryRef.current = summary;
  });

  // Evaluations arrive pushed; polling covers a stream that is down.
  const { live } = useLiveStatus({
    onEvent: (event) => {
      if (event.type === "evaluation.updated" && event.sessionId === sessionId) void refresh();
    },
    onResync: () => {
      if (shouldPoll(summaryRef.current)) void refresh();
    },
    poll: shouldPoll(summary) ? refresh : undefined,
  });
  // Finalising (summary, streak, badges) announces nothing: once every evaluation is in, poll
  // for it even while the stream is live.
  usePoll(refresh, {
    enabled: live && shouldPoll(summary) && summary.evaluations_pending === 0,
  });

  // Every practice action re-reads the summary: the new follow-up, attempt or queue state.
  // Memoised with the session (QuestionList re-renders only when its props change).
  const handlers: PracticeHandlers = useMemo(() => {
    const after = async (result: { ok: true } | { ok: false; error: { message: string } }) => {
      if (!result.ok) return result.error.message;
      await refresh();
      return null;
    };
    return {
      takeFollowUp: async (answerId) => after(await takeFollowUpAction(answerId)),
      answerFollowUp: async (id, text, seconds) =>
        after(await answerFollowUpAction(id, text, seconds)),
      retry: async (questionId, text, seconds) =>
        after(await retryQuestionAction(sessionId, questionId, text, seconds)),
      queueForReview: async (questionId) => after(await queueForReviewAction(questionId)),
    };
  }, [sessionId, refresh]);

  const { retrying, retry } = useEvaluationRetry((answerId) =>
    setSummary((s) => ({
      ...s,
      complete: false,
      evaluations_pending: s.evaluations_pending + 1,
      evaluations_failed: Math.max(0, s.evaluations_failed - 1),
      questions: s.questions.map((q) =>
        q.answer_id === answerId ? { ...q, evaluation_status: "pending" } : q,
      ),
    })),
  );
  // A stable onRetry for the memoised QuestionList, calling this render's `retry`.
  const retryRef = useRef(retry);
  useEffect(() => {
    retryRef.current = retry;
  });
  const onRetry = useCallback((answerId: number) => void retryRef.current(answerId), []);

  return (
    <div className="grid gap-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-2xl font-semibold tracking-tight">Interview summary</h1>
          <p className="text-sm text-muted-foreground">
            {summary.role} · <time dateTime={summary.start_time}>{dateLabel}</time>
          </p>
          <div className="flex flex-wrap items-center gap-1">
            <SessionStatusBadge status={summary.status} />
            {summary.origin === "review" ? <Badge variant="outline">Review session</Badge> : null}
            <DifficultyBadge difficulty={summary.difficulty} />
            <CategoryBadges categories={categories} />
          </div>
          <p aria-live="polite" aria-atomic="true" className="sr-only">
            {liveMessage(summary)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <Button type="button" variant="outline" onClick={() => window.print()}>
            <PrinterIcon aria-hidden="true" />
            Print
          </Button>
          <Button asChild variant="outline">
            <a href={`/api/v1/interviews/${sessionId}/summary/pdf`} download>
              <DownloadIcon aria-hidden="true" />
              Download PDF
            </a>
          </Button>
          <Button asChild>
            <Link href={practiceAgainHref}>
              <RotateCcwIcon aria-hidden="true" />
              Practice again
            </Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/dashboard">Back to dashboard</Link>
          </Button>
        </div>
      </div>

      {summary.evaluations_pending > 0 ? (
        <Alert role={undefined}>
          <Loader2Icon aria-hidden="true" className="animate-spin" />
          <AlertTitle>
            {summary.evaluations_pending} answer
            {summary.evaluations_pending === 1 ? " is" : "s are"} still being evaluated
          </AlertTitle>
          <AlertDescription>This page updates by itself as results arrive.</AlertDescription>
        </Alert>
      ) : !summary.complete && summary.status === "completed" ? (
        <Alert role={undefined}>
          <Loader2Icon aria-hidden="true" className="animate-spin" />
          <AlertTitle>Finalising your summary…</AlertTitle>
        </Alert>
      ) : null}

      {summary.complete && summary.achievements_earned.length > 0 ? (
        <Alert role={undefined}>
          <AwardIcon aria-hidden="true" />
          <AlertTitle>
            {summary.achievements_earned.length === 1 ? "New badge" : "New badges"}:{" "}
            {summary.achievements_earned.map((a) => a.title).join(", ")}
          </AlertTitle>
          <AlertDescription>
            <Link href="/achievements" className="underline underline-offset-4">
              See all your badges
            </Link>
          </AlertDescription>
        </Alert>
      ) : null}

      {summary.status === "in_progress" ? (
        <Alert role="status">
          <AlertTitle>This interview is still in progress</AlertTitle>
          <AlertDescription>
            <p>The summary below covers the answers evaluated so far.</p>
            <Button asChild size="sm" className="mt-1">
              <Link href={`/interviews/${sessionId}`}>Continue the interview</Link>
            </Button>
          </AlertDescription>
        </Alert>
      ) : null}

      <section aria-labelledby="overview-heading" className="grid gap-4 lg:grid-cols-3">
        <h2 id="overview-heading" className="sr-only">
          Overview
        </h2>
        <Card className="gap-3">
          <CardHeader>
            <CardTitle asChild>
              <h3 className="text-base">Overall score</h3>
            </CardTitle>
            <CardDescription>
              Mean of the question scores; skipped questions count as 0, questions not reached
              (finished early) are left out.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-2">
            {score === null ? (
              <p className="text-4xl font-semibold text-muted-foreground">—</p>
            ) : (
              <p className="flex items-baseline gap-1">
                <span
                  className={cn("text-6xl font-semibold tabular-nums", BAND_TEXT[scoreBand(score)])}
                >
                  {score}
                </span>
                <span className="text-lg text-muted-foreground">/100</span>
              </p>
            )}
            <Trend value={summary.score_trend} score={score} />
            <PracticeLines summary={summary} />
            {summary.evaluations_failed > 0 ? (
              <p className="text-sm text-destructive">
                {summary.evaluations_failed} evaluation{summary.evaluations_failed === 1 ? "" : "s"}{" "}
                failed; retry below.
              </p>
            ) : null}
          </CardContent>
        </Card>

        <Card className="gap-3 lg:col-span-2">
          <CardHeader>
            <CardTitle asChild>
              <h3 className="text-base">Criteria</h3>
            </CardTitle>
            <CardDescription>Average of the evaluated answers, out of 100.</CardDescription>
          </CardHeader>
          <CardContent>
            {summary.criteria ? (
              <div className="grid items-center gap-6 sm:grid-cols-2">
                <CriteriaRadar criteria={summary.criteria} summaryId="criteria-bars" />
                <div id="criteria-bars" className="grid gap-3">
                  {CRITERIA.map(({ key, label }) => (
                    <ScoreBar key={key} label={label} score={summary.criteria?.[key] ?? 0} />
                  ))}
                </div>
              </div>
            ) : (
              <p className="text-sm text-muted-foreground">
                Criteria scores appear once answers are evaluated.
              </p>
            )}
          </CardContent>
        </Card>
      </section>

      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="gap-3">
          <CardHeader>
            <CardTitle asChild>
              <h2 className="text-base">By category</h2>
            </CardTitle>
          </CardHeader>
          <CardContent className="grid gap-3">
            {byCategory.length === 0 ? (
              <p className="text-sm text-muted-foreground">No scored questions yet.</p>
            ) : (
              byCategory.map(({ category, score: s }) => (
                <ScoreBar key={category} label={CATEGORY_LABELS[category]} score={s} />
              ))
            )}
          </CardContent>
        </Card>
        <ListCard
          title="Strengths"
          items={summary.strengths.map((text) => ({ text }))}
          empty="Strengths appear once answers are evaluated."
        />
        <ListCard
          title="To improve"
          items={[...toImprove, ...acrossAnswers]}
          empty="Suggestions appear once answers are evaluated."
        />
      </div>

      {summary.tailoring ? <SkillsShownCard tailoring={summary.tailoring} /> : null}

      <QuestionList
        sessionId={sessionId}
        questions={summary.questions}
        advice={advice.perQuestion}
        recordings={recordings}
        retrying={retrying}
        onRetry={onRetry}
        handlers={handlers}
      />
    </div>
  );
}
