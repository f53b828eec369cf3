"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { DifficultyBadge } from "@/components/interview/badges";
import { isEvaluating, type EvaluationState } from "@/components/interview/evaluation-status";
import { clearStoredDraft, draftStorageKey } from "@/components/interview/use-draft-autosave";
import { useLiveStatus } from "@/components/live/use-live-status";
import { Progress } from "@/components/ui/progress";
import type { ActionResult } from "@/lib/actions/result";
import {
  abandonSessionAction,
  completeSessionAction,
  getProgressAction,
  getRunnerStateAction,
  saveDraftAction,
  skipQuestionAction,
  submitAnswerAction,
  type MoveResult,
} from "../actions";
import { AnswerHistory } from "../_components/answer-history";
import { QuestionStage, type MoveReason, type StageError } from "../_components/question-stage";
import { SessionControls } from "../_components/session-controls";
import { useEvaluationRetry } from "../_components/use-evaluation-retry";
import type { RunnerQuestion, RunnerState } from "@/lib/interviews/interview-view";
import type { SpokenAnswer } from "@/lib/validations/delivery";

const NETWORK_MESSAGE = "We could not reach the server. Your answer is still here.";

function evaluatingAny(questions: RunnerQuestion[]) {
  return questions.some((q) => isEvaluating(q.evaluation_status));
}

/** "Question 2 scored 78 out of 100." for evaluations that finished between two polls. */
function finishedEvaluations(before: RunnerQuestion[], after: RunnerQuestion[]): string {
  const was = new Map(before.map((q) => [q.question_id, q.evaluation_status]));
  return after
    .filter((q) => isEvaluating(was.get(q.question_id) as EvaluationState | null))
    .flatMap((q) => {
      if (q.evaluation_status === "completed" && q.overall_score !== null) {
        return [`Question ${q.question_number} scored ${q.overall_score} out of 100.`];
      }
      if (q.evaluation_status === "failed")
        return [`Evaluation of question ${q.question_number} failed.`];
      return [];
    })
    .join(" ");
}

/** The interview runner: one question at a time, with background evaluation of earlier answers. */
export function InterviewRunner({
  initial,
  speechService = false,
  audioMaxSeconds,
}: {
  initial: RunnerState;
  /** A speech-to-text provider is configured (recordings are transcribed by the server). */
  speechService?: boolean;
  audioMaxSeconds?: number;
}) {
  const router = useRouter();
  const [state, setState] = useState(initial);
  const [busy, setBusy] = useState<"submit" | "skip" | null>(null);
  const [error, setError] = useState<StageError | null>(null);
  const [moved, setMoved] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  // Bumped on every move so that a poll started earlier cannot overwrite newer state.
  const version = useRef(0);
  const questionsRef = useRef(state.questions);
  useEffect(() => {
    questionsRef.current = state.questions;
  });

  const sessionId = state.session_id;
  const current = state.current;
  const summaryHref = `/interviews/${sessionId}/summary`;
  const done = state.progress.answered + state.progress.skipped;

  const refreshProgress = useCallback(async () => {
    const started = version.current;
    const result = await getProgressAction(sessionId);
    if (!result.ok || version.current !== started) return;
    const message = finishedEvaluations(questionsRef.current, result.data.questions);
    if (message) setAnnouncement(message);
    setState((s) => ({ ...s, progress: result.data.progress, questions: result.data.questions }));
  }, [sessionId]);

  // Evaluation results arrive pushed (server-sent events); polling only while the stream is down.
  const evaluating = evaluatingAny(state.questions);
  useLiveStatus({
    onEvent: (event) => {
      if (event.type === "evaluation.updated" && event.sessionId === sessionId) {
        void refreshProgress();
      }
    },
    onResync: () => {
      if (evaluatingAny(questionsRef.current)) void refreshProgress();
    },
    poll: evaluating ? refreshProgress : undefined,
  });

  const saveDraft = useCallback(
    (text: string) => {
      if (!current) return Promise.resolve({ ok: true, data: null } as const);
      return saveDraftAction(sessionId, current.question_id, text);
    },
    [sessionId, current],
  );

  const refreshState = useCallback(async () => {
    const result = await getRunnerStateAction(sessionId);
    if (!result.ok) {
      router.refresh();
      return;
    }
    if (result.data.status !== "in_progress" || !result.data.current) {
      router.push(summaryHref);
      return;
    }
    version.current += 1;
    setState(result.data);
    setMoved(true);
  }, [router, sessionId, summaryHref]);

  async function afterMove(
    result: ActionResult<MoveResult>,
    questionId: number,
    success: string,
    retry: () => void,
  ) {
    if (result.ok) {
      clearStoredDraft(draftStorageKey(sessionId, questionId));
      version.current += 1;
      if (result.data.session_status === "completed" || !result.data.state) {
        toast.success(`${success} That was the last question.`);
        router.push(summaryHref);
        return;
      }
      toast.success(success);
      setState(result.data.state);
      setMoved(true);
      setBusy(null);
      return;
    }
    const { code, message, fields } = result.error;
    if (code === "CONFLICT") {
      toast.info(`${message}. Showing where the interview is now.`);
      await refreshState();
    } else if (code === "VALIDATION_ERROR") {
      setError({ kind: "validation", messages: fields?.answer_text ?? [message] });
    } else if (code === "NOT_FOUND") {
      router.refresh();
    } else {
      setError({ kind: "retryable", message, retry });
    }
    setBusy(null);
  }

  async function handleSubmit(text: string, reason: MoveReason, spoken?: SpokenAnswer) {
    if (!current || busy) return;
    const questionId = current.question_id;
    const retry = () => void handleSubmit(text, reason, spoken);
    setBusy("submit");
    setError(null);
    let result: ActionResult<MoveResult>;
    try {
      result = await submitAnswerAction(sessionId, questionId, text, spoken);
    } catch {
      setBusy(null);
      setError({ kind: "retryable", message: NETWORK_MESSAGE, retry });
      return;
    }
    const success =
      reason === "timeout"
        ? "Time is up: your answer was submitted and is being evaluated."
        : "Answer submitted. It is being evaluated in the background.";
    await afterMove(result, questionId, success, retry);
  }

  async function handleSkip(reason: MoveReason) {
    if (!current || busy) return;
    const questionId = current.question_id;
    const retry = () => void handleSkip(reason);
    setBusy("skip");
    setError(null);
    let result: ActionResult<MoveResult>;
    try {
      result = await skipQuestionAction(sessionId, questionId);
    } catch {
      setBusy(null);
      setError({
        kind: "retryable",
        message: "We could not reach the server to skip. Try again.",
        retry,
      });
      return;
    }
    const success =
      reason === "timeout"
        ? "Time is up. The answer was under 10 characters, so the question was skipped."
        : "Question skipped.";
    await afterMove(result, questionId, success, retry);
  }

  const { retrying, retry: handleRetry } = useEvaluationRetry((answerId) => {
    version.current += 1;
    setState((s) => ({
      ...s,
      questions: s.questions.map((q) =>
        q.answer_id === answerId ? { ...q, evaluation_status: "pending" } : q,
      ),
    }));
  });

  return (
    <div className="grid gap-6">
      <div className="grid gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-xl font-semibold tracking-tight sm:text-2xl">
            <span className="sr-only">Interview: </span>
            {state.role}
          </h1>
          <div className="flex flex-wrap items-center gap-2">
            <DifficultyBadge difficulty={state.difficulty} />
            <SessionControls
              done={done}
              total={state.total_questions}
              disabled={busy !== null}
              onFinish={() => completeSessionAction(sessionId)}
              onAbandon={() => abandonSessionAction(sessionId)}
              onDone={(what) => {
                version.current += 1;
                if (current) clearStoredDraft(draftStorageKey(sessionId, current.question_id));
                if (what === "finished") {
                  toast.success("Interview finished. Your summary is being prepared.");
                  router.push(summaryHref);
                } else {
                  toast.info("Interview abandoned.");
                  router.push("/dashboard");
                }
              }}
              onError={(message) => toast.error(message)}
            />
          </div>
        </div>
        <div className="grid gap-1.5">
          <div className="flex justify-between text-xs text-muted-foreground">
            <span id="progress-label">Progress</span>
            <span aria-hidden="true" className="tabular-nums">
              {done} of {state.total_questions} done
            </span>
          </div>
          <Progress
            value={done}
            max={state.total_questions}
            aria-labelledby="progress-label"
            getValueLabel={(value, max) => `${value} of ${max} questions done`}
          />
        </div>
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        {current ? (
          <QuestionStage
            key={current.question_id}
            sessionId={sessionId}
            question={current}
            busy={busy}
            error={error}
            saveDraft={saveDraft}
            onSubmit={(text, reason, spoken) => void handleSubmit(text, reason, spoken)}
            onSkip={(reason) => void handleSkip(reason)}
            focusOnMount={moved}
            speechService={speechService}
            audioMaxSeconds={audioMaxSeconds}
          />
        ) : null}
        <AnswerHistory
          questions={state.questions}
          currentQuestionId={current?.question_id ?? null}
          retrying={retrying}
          onRetry={(answerId) => void handleRetry(answerId)}
          announcement={announcement}
        />
      </div>
    </div>
  );
}
