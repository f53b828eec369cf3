"use client";

import { useEffect, useRef, useState } from "react";
import { Loader2Icon, RotateCwIcon, SendIcon, SkipForwardIcon } from "lucide-react";
import { AnswerEditor, checkAnswerLength } from "@/components/interview/answer-editor";
import { CategoryBadge, DifficultyBadge } from "@/components/interview/badges";
import { Countdown } from "@/components/interview/countdown";
import { draftStorageKey, useDraftAutosave } from "@/components/interview/use-draft-autosave";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter, CardHeader } from "@/components/ui/card";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/actions/result";
import type { CurrentQuestion } from "@/lib/interviews/interview-view";

export type MoveReason = "manual" | "timeout";

export type StageError =
  | { kind: "validation"; messages: string[] }
  | { kind: "retryable"; message: string; retry: () => void };

type Props = {
  sessionId: number;
  question: CurrentQuestion;
  busy: "submit" | "skip" | null;
  error: StageError | null;
  saveDraft: (text: string) => Promise<ActionResult<unknown>>;
  onSubmit: (text: string, reason: MoveReason) => void;
  onSkip: (reason: MoveReason) => void;
  /** Move focus to the question heading on mount (after moving to the next question). */
  focusOnMount?: boolean;
};

/** One question: its text and clock, the answer editor with auto-save, Submit and Skip. */
export function QuestionStage({
  sessionId,
  question,
  busy,
  error,
  saveDraft,
  onSubmit,
  onSkip,
  focusOnMount = false,
}: Props) {
  const draft = useDraftAutosave({
    storageKey: draftStorageKey(sessionId, question.question_id),
    serverText: question.draft_text,
    serverSavedAt: question.draft_saved_at,
    save: saveDraft,
  });
  const [confirmSkip, setConfirmSkip] = useState(false);
  const [timedOut, setTimedOut] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef(draft.text);
  useEffect(() => {
    textRef.current = draft.text;
  });

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  const check = checkAnswerLength(draft.text);
  const canSubmit = check.valid && busy === null;
  const headingId = `question-${question.question_id}-heading`;
  const reasonId = `question-${question.question_id}-submit-reason`;

  function submit(reason: MoveReason) {
    draft.cancelPending();
    onSubmit(textRef.current, reason);
  }

  function handleExpire() {
    setTimedOut(true);
    setConfirmSkip(false);
    if (busy !== null) return;
    if (checkAnswerLength(textRef.current).valid) submit("timeout");
    else {
      draft.cancelPending();
      onSkip("timeout");
    }
  }

  return (
    <Card aria-labelledby={headingId} role="region" className="gap-5">
      <CardHeader className="gap-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="grid gap-2">
            <h2
              id={headingId}
              ref={headingRef}
              tabIndex={-1}
              className="text-sm font-medium text-muted-foreground"
            >
              Question {question.question_number} of {question.total_questions}
            </h2>
            <div className="flex flex-wrap gap-1">
              <CategoryBadge category={question.category} />
              <DifficultyBadge difficulty={question.difficulty} />
            </div>
          </div>
          <Countdown seconds={question.remaining_seconds} onExpire={handleExpire} />
        </div>
        <p className="text-lg leading-relaxed font-medium text-pretty whitespace-pre-line sm:text-xl">
          {question.question_text}
        </p>
      </CardHeader>

      <form
        method="post"
        noValidate
        aria-label={`Answer to question ${question.question_number}`}
        onSubmit={(e) => {
          e.preventDefault();
          if (canSubmit) submit("manual");
        }}
      >
        <CardContent className="grid gap-4">
          {timedOut ? (
            <Alert variant="warning" role="status">
              <AlertDescription>
                {error
                  ? "Time is up. Your text is still here: retry below."
                  : "Time is up. Moving on…"}
              </AlertDescription>
            </Alert>
          ) : null}
          <AnswerEditor
            value={draft.text}
            onChange={draft.setText}
            onSubmitShortcut={() => {
              if (canSubmit) submit("manual");
            }}
            status={draft.status}
            restored={draft.restored}
            errors={error?.kind === "validation" ? error.messages : undefined}
            readOnly={busy !== null}
          />
          {error?.kind === "retryable" ? (
            <Alert variant="destructive">
              <AlertDescription className="flex flex-wrap items-center justify-between gap-2">
                <span>{error.message}</span>
                <Button type="button" size="sm" variant="outline" onClick={error.retry}>
                  <RotateCwIcon aria-hidden="true" />
                  Retry
                </Button>
              </AlertDescription>
            </Alert>
          ) : null}
        </CardContent>
        <CardFooter className="mt-5 flex-col-reverse items-stretch gap-3 sm:flex-row sm:items-center sm:justify-between">
          <Button
            type="button"
            variant="ghost"
            disabled={busy !== null}
            onClick={() => setConfirmSkip(true)}
          >
            <SkipForwardIcon aria-hidden="true" />
            Skip question
          </Button>
          <div className="flex flex-col items-stretch gap-2 sm:flex-row sm:items-center">
            {check.reason ? (
              <p id={reasonId} className="text-xs text-muted-foreground sm:text-right">
                {check.reason}
              </p>
            ) : null}
            <Button
              type="submit"
              disabled={!canSubmit}
              aria-describedby={check.reason ? reasonId : undefined}
            >
              {busy === "submit" ? (
                <Loader2Icon aria-hidden="true" className="animate-spin" />
              ) : (
                <SendIcon aria-hidden="true" />
              )}
              {busy === "submit" ? "Submitting…" : "Submit answer"}
            </Button>
          </div>
        </CardFooter>
      </form>

      <Dialog open={confirmSkip} onOpenChange={setConfirmSkip}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Skip this question?</DialogTitle>
            <DialogDescription>
              A skipped question scores 0 and you cannot come back to it. Your draft will be
              discarded.
            </DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                Keep answering
              </Button>
            </DialogClose>
            <Button
              type="button"
              variant="destructive"
              onClick={() => {
                setConfirmSkip(false);
                draft.cancelPending();
                onSkip("manual");
              }}
            >
              Skip question
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </Card>
  );
}
