"use client";

import { useState } from "react";
import { CalendarClockIcon, Loader2Icon, MessageSquarePlusIcon, RotateCcwIcon } from "lucide-react";
import { checkAnswerLength } from "@/components/interview/answer-editor";
import { ScoreBadge } from "@/components/interview/badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { FollowUpDto } from "@/lib/follow-ups/follow-up-dto";
import type { AttemptView } from "@/lib/summaries/practice-extras";
import { PointChecklist } from "./point-checklist";

/** What a practice action reports back: null on success, else the message to show. */
export type PracticeResult = Promise<string | null>;

export interface PracticeHandlers {
  takeFollowUp: (answerId: number) => PracticeResult;
  answerFollowUp: (followUpId: number, text: string, seconds: number) => PracticeResult;
  retry: (questionId: number, text: string, seconds: number) => PracticeResult;
  queueForReview: (questionId: number) => PracticeResult;
}

/** An answer box with the 10–5000 character rule, a submit button and the error it got back. */
function AnswerBox({
  id,
  label,
  submitLabel,
  onSubmit,
}: {
  id: string;
  label: string;
  submitLabel: string;
  onSubmit: (text: string, seconds: number) => PracticeResult;
}) {
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [startedAt] = useState(() => Date.now());
  const check = checkAnswerLength(text);
  return (
    <form
      method="post"
      className="grid gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (!check.valid || busy) return;
        setBusy(true);
        setError(null);
        const seconds = Math.round((Date.now() - startedAt) / 1000);
        void onSubmit(text, seconds).then((message) => {
          setBusy(false);
          setError(message);
          if (message === null) setText("");
        });
      }}
    >
      <Label htmlFor={id}>{label}</Label>
      <Textarea
        id={id}
        value={text}
        rows={5}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={error !== null || undefined}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {error ?? check.reason ?? `${check.length} characters`}
      </p>
      <div>
        <Button type="submit" size="sm" disabled={!check.valid || busy}>
          {busy ? <Loader2Icon aria-hidden="true" className="animate-spin" /> : null}
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

function FollowUpBlock({
  followUp,
  idPrefix,
  onAnswer,
}: {
  followUp: FollowUpDto;
  idPrefix: string;
  onAnswer: PracticeHandlers["answerFollowUp"];
}) {
  const a = followUp.answer;
  const e = a?.evaluation;
  return (
    <section
      aria-label="Follow-up question"
      className="grid gap-3 rounded-lg border border-primary/30 bg-primary/5 p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h5 className="text-sm font-semibold">
          Follow-up{" "}
          <Badge variant="outline" className="ml-1 align-middle">
            {followUp.kind === "missed_point" ? "Missed point" : "Concrete example"}
          </Badge>
        </h5>
        {a && a.evaluation_status === "completed" && e?.scores ? (
          <ScoreBadge score={e.scores.overall_score ?? 0} />
        ) : a ? (
          <span className="inline-flex items-center gap-1 text-xs text-muted-foreground">
            <Loader2Icon aria-hidden="true" className="size-3.5 animate-spin" />
            Being evaluated…
          </span>
        ) : null}
      </div>
      <p className="text-sm leading-relaxed font-medium">{followUp.prompt}</p>
      {a ? (
        <>
          <p className="rounded-md border bg-background p-3 text-sm whitespace-pre-wrap">
            {a.answer_text}
          </p>
          {a.evaluation_status === "completed" && e ? (
            <>
              <PointChecklist evidence={e.evidence} />
              {e.feedback.improvements[0] ? (
                <p className="text-sm text-muted-foreground">{e.feedback.improvements[0]}</p>
              ) : null}
            </>
          ) : null}
          {a.evaluation_status === "failed" ? (
            <p className="text-sm text-destructive">The evaluation of this follow-up failed.</p>
          ) : null}
        </>
      ) : (
        <AnswerBox
          id={`${idPrefix}-follow-up`}
          label="Your answer to the follow-up"
          submitLabel="Submit follow-up"
          onSubmit={(text, seconds) => onAnswer(followUp.follow_up_id, text, seconds)}
        />
      )}
    </section>
  );
}

type Props = {
  idPrefix: string;
  questionId: number;
  attempts: AttemptView[];
  canRetry: boolean;
  handlers: PracticeHandlers;
};

/**
 * Practice after an answer: the one follow-up of each evaluated attempt (taken on request), a
 * new attempt at the question, and queueing it into the next review session.
 */
export function PracticePanel({ idPrefix, questionId, attempts, canRetry, handlers }: Props) {
  const [retrying, setRetrying] = useState(false);
  const [busy, setBusy] = useState<"follow-up" | "queue" | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const latest = attempts[attempts.length - 1];
  const offerFollowUp =
    latest && latest.evaluation_status === "completed" && latest.follow_up === null;

  const run = (kind: "follow-up" | "queue", action: () => PracticeResult, done: string) => {
    setBusy(kind);
    setMessage(null);
    void action().then((error) => {
      setBusy(null);
      setMessage(error ?? done);
    });
  };

  if (attempts.length === 0) return null;
  return (
    <div className="grid gap-4">
      {attempts.map((a) =>
        a.follow_up ? (
          <FollowUpBlock
            key={a.answer_id}
            followUp={a.follow_up}
            idPrefix={`${idPrefix}-a${a.attempt}`}
            onAnswer={handlers.answerFollowUp}
          />
        ) : null,
      )}
      <div className="flex flex-wrap gap-2">
        {offerFollowUp ? (
          <Button
            type="button"
            size="sm"
            variant="outline"
            disabled={busy !== null}
            onClick={() => run("follow-up", () => handlers.takeFollowUp(latest.answer_id), "")}
          >
            {busy === "follow-up" ? (
              <Loader2Icon aria-hidden="true" className="animate-spin" />
            ) : (
              <MessageSquarePlusIcon aria-hidden="true" />
            )}
            Take a follow-up
          </Button>
        ) : null}
        {canRetry ? (
          <Button
            type="button"
            size="sm"
            variant="outline"
            aria-expanded={retrying}
            onClick={() => setRetrying((r) => !r)}
          >
            <RotateCcwIcon aria-hidden="true" />
            Retry this question
          </Button>
        ) : null}
        <Button
          type="button"
          size="sm"
          variant="ghost"
          disabled={busy !== null}
          onClick={() =>
            run(
              "queue",
              () => handlers.queueForReview(questionId),
              "Queued: it will be in your next review session.",
            )
          }
        >
          <CalendarClockIcon aria-hidden="true" />
          Queue for review
        </Button>
      </div>
      {message ? (
        <p role="status" className="text-sm text-muted-foreground">
          {message}
        </p>
      ) : null}
      {retrying && canRetry ? (
        <AnswerBox
          id={`${idPrefix}-retry`}
          label={`Attempt ${attempts.length + 1}: answer the question again`}
          submitLabel="Submit new attempt"
          onSubmit={async (text, seconds) => {
            const error = await handlers.retry(questionId, text, seconds);
            if (error === null) setRetrying(false);
            return error;
          }}
        />
      ) : null}
    </div>
  );
}
