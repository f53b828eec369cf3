"use client";

import { useEffect, useRef, useState } from "react";
import { InfinityIcon, Loader2Icon, RotateCwIcon, SendIcon, SkipForwardIcon } from "lucide-react";
import { AnswerEditor, checkAnswerLength } from "@/components/interview/answer-editor";
import { CategoryBadge, DifficultyBadge } from "@/components/interview/badges";
import { Countdown } from "@/components/interview/countdown";
import {
  appendTranscript,
  combineTakes,
  type SpokenTake,
} from "@/components/interview/spoken-takes";
import { draftStorageKey, useDraftAutosave } from "@/components/interview/use-draft-autosave";
import { useAutoSubmit } from "@/components/interview/use-auto-submit";
import { VoiceAnswer } from "@/components/interview/voice-answer";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter, CardHeader } from "@/components/ui/card";
import type { ActionResult } from "@/lib/actions/result";
import { LazyConfirmDialog } from "./lazy-confirm-dialog";
import type { CurrentQuestion } from "@/lib/interviews/interview-view";
import type { SpokenAnswer } from "@/lib/validations/delivery";

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
  /** `spoken`: the recordings' transcript and timings when the answer was spoken. */
  onSubmit: (text: string, reason: MoveReason, spoken?: SpokenAnswer) => void;
  onSkip: (reason: MoveReason) => void;
  /** Move focus to the question heading on mount (after moving to the next question). */
  focusOnMount?: boolean;
  /** The server transcribes recordings; else the browser's dictation, else typing. */
  speechService?: boolean;
  /** The longest recording the server takes. */
  audioMaxSeconds?: number;
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
  speechService = false,
  audioMaxSeconds = 600,
}: Props) {
  const draft = useDraftAutosave({
    storageKey: draftStorageKey(sessionId, question.question_id),
    serverText: question.draft_text,
    serverSavedAt: question.draft_saved_at,
    save: saveDraft,
  });
  const [confirmSkip, setConfirmSkip] = useState(false);
  const [timedOut, setTimedOut] = useState(false);
  const [autoSubmit, setAutoSubmit] = useAutoSubmit();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef(draft.text);
  // What was recorded or dictated for this answer (never the audio itself).
  const takes = useRef<SpokenTake[]>([]);
  // Time running out mid-recording waits for the transcript, then moves on with it.
  const voiceBusy = useRef(false);
  const expiredWhileSpeaking = useRef(false);
  const [recordSeconds] = useState(() =>
    Math.max(1, Math.min(audioMaxSeconds, question.remaining_seconds || audioMaxSeconds)),
  );
  useEffect(() => {
    textRef.current = draft.text;
  });

  function setAnswerText(text: string) {
    // Clearing the answer starts it afresh: earlier recordings no longer describe it.
    if (text.trim() === "") takes.current = [];
    textRef.current = text;
    draft.setText(text);
  }

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  const check = checkAnswerLength(draft.text);
  const canSubmit = check.valid && busy === null;
  const headingId = `question-${question.question_id}-heading`;
  const reasonId = `question-${question.question_id}-submit-reason`;

  function submit(reason: MoveReason) {
    draft.cancelPending();
    onSubmit(textRef.current, reason, combineTakes(takes.current));
  }

  function handleExpire() {
    setTimedOut(true);
    // Practising without the cut-off: the candidate finishes and submits in overtime.
    if (!autoSubmit) return;
    setConfirmSkip(false);
    if (busy !== null) return;
    if (voiceBusy.current) {
      expiredWhileSpeaking.current = true;
      return;
    }
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
          {question.remaining_seconds === null ? (
            <Badge variant="outline">
              <InfinityIcon aria-hidden="true" />
              Untimed practice
            </Badge>
          ) : (
            <div className="grid justify-items-end gap-2">
              <Countdown seconds={question.remaining_seconds} onExpire={handleExpire} />
              <div className="flex items-center gap-2">
                <Checkbox
                  id={`auto-submit-${question.question_id}`}
                  checked={autoSubmit}
                  onCheckedChange={(checked) => setAutoSubmit(checked === true)}
                />
                <Label
                  htmlFor={`auto-submit-${question.question_id}`}
                  className="text-xs font-normal text-muted-foreground"
                >
                  Submit when time is up
                </Label>
              </div>
            </div>
          )}
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
                {!autoSubmit
                  ? "Time is up. Finish your answer and submit it when you are ready: the overtime shows in your delivery feedback."
                  : error
                    ? "Time is up. Your text is still here: retry below."
                    : "Time is up. Moving on…"}
              </AlertDescription>
            </Alert>
          ) : null}
          <VoiceAnswer
            speechService={speechService}
            context={question.question_text}
            maxSeconds={recordSeconds}
            disabled={busy !== null}
            onText={(text) => setAnswerText(appendTranscript(textRef.current, text))}
            onTake={(take) => {
              takes.current = [...takes.current, take];
            }}
            onBusyChange={(on) => {
              voiceBusy.current = on;
              if (!on && expiredWhileSpeaking.current) {
                expiredWhileSpeaking.current = false;
                handleExpire();
              }
            }}
          />
          <AnswerEditor
            category={question.category}
            value={draft.text}
            onChange={setAnswerText}
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

      <LazyConfirmDialog
        open={confirmSkip}
        onOpenChange={setConfirmSkip}
        title="Skip this question?"
        description="A skipped question scores 0 and you cannot come back to it. Your draft will be discarded."
        cancelLabel="Keep answering"
        confirmLabel="Skip question"
        destructive
        onConfirm={() => {
          setConfirmSkip(false);
          draft.cancelPending();
          onSkip("manual");
        }}
      />
    </Card>
  );
}
