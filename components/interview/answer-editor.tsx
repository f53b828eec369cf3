"use client";

import { CheckIcon, CloudOffIcon, HistoryIcon, Loader2Icon } from "lucide-react";
import { FieldDescription, FieldError, describedBy, fieldIds } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { QuestionCategory } from "@/lib/validations/enums";
import { ANSWER_MAX, ANSWER_MIN, charLength } from "@/lib/validations/answer-length";
import { cn } from "@/lib/utils";
import type { SaveStatus } from "./use-draft-autosave";

/** The structure a good answer to each kind of question usually has (STAR is for stories). */
const STRUCTURE_HINT: Record<QuestionCategory, string> = {
  Behavioral: "Tell it as a story: the situation, your task, what you did, and the result (STAR).",
  Technical: "Start with a one-line definition, then how it works, a trade-off and an example.",
  Domain_Specific:
    "Name the concept, explain how it applies in this field, and give a concrete example.",
  System_Design:
    "Clarify requirements and scale, sketch the main components and data flow, then discuss bottlenecks and trade-offs.",
  Coding:
    "State your approach, walk through the algorithm, then give its time and space complexity and the edge cases.",
};

export type LengthCheck = { valid: boolean; length: number; reason: string | null };

/** The 10–5000 character rule, counted after trimming as the server counts it. */
export function checkAnswerLength(text: string): LengthCheck {
  const length = charLength(text.trim());
  if (length < ANSWER_MIN) {
    const missing = ANSWER_MIN - length;
    return {
      valid: false,
      length,
      reason: `Write at least ${ANSWER_MIN} characters to submit (${missing} more).`,
    };
  }
  if (length > ANSWER_MAX) {
    return {
      valid: false,
      length,
      reason: `Shorten your answer to ${ANSWER_MAX.toLocaleString("en-US")} characters to submit (${(length - ANSWER_MAX).toLocaleString("en-US")} over).`,
    };
  }
  return { valid: true, length, reason: null };
}

const STATUS_TEXT: Record<Exclude<SaveStatus, "idle">, string> = {
  saving: "Saving…",
  saved: "Saved",
  offline: "Offline – kept on this device",
};

function SaveIndicator({ status, restored }: { status: SaveStatus; restored?: boolean }) {
  return (
    <p
      data-testid="save-status"
      data-status={status}
      className="flex items-center gap-1.5 text-xs text-muted-foreground"
    >
      {status === "saving" ? (
        <Loader2Icon aria-hidden="true" className="size-3.5 animate-spin" />
      ) : null}
      {status === "saved" ? (
        <CheckIcon aria-hidden="true" className="size-3.5 text-success" />
      ) : null}
      {status === "offline" ? (
        <CloudOffIcon aria-hidden="true" className="size-3.5 text-warning" />
      ) : null}
      {status === "idle" ? null : <span>{STATUS_TEXT[status]}</span>}
      {restored ? (
        <span className="inline-flex items-center gap-1">
          <HistoryIcon aria-hidden="true" className="size-3.5" />
          Restored from this device
        </span>
      ) : null}
    </p>
  );
}

type AnswerEditorProps = {
  id?: string;
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onSubmitShortcut?: () => void;
  status: SaveStatus;
  restored?: boolean;
  errors?: readonly string[];
  /** While a submit is in flight: keeps focus and text, blocks edits. */
  readOnly?: boolean;
  /** The question's kind, for the structure hint. */
  category?: QuestionCategory;
};

/** The answer textarea with its live character count, the length rule and the save status. */
export function AnswerEditor({
  id = "answer",
  value,
  onChange,
  onSubmitShortcut,
  status,
  restored,
  errors,
  readOnly,
  category,
}: AnswerEditorProps) {
  const ids = fieldIds(id);
  const countId = `${id}-count`;
  const { length } = checkAnswerLength(value);
  const over = length > ANSWER_MAX;
  const invalid = Boolean(errors && errors.length > 0);

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Label htmlFor={ids.id}>Your answer</Label>
        <SaveIndicator status={status} restored={restored} />
      </div>
      <Textarea
        id={ids.id}
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          // Ctrl/⌘+Enter only, never while an input method is composing or on key repeat: a
          // held or half-typed key must not submit.
          if (
            e.key === "Enter" &&
            (e.ctrlKey || e.metaKey) &&
            !e.nativeEvent.isComposing &&
            !e.repeat &&
            onSubmitShortcut
          ) {
            e.preventDefault();
            onSubmitShortcut();
          }
        }}
        aria-invalid={invalid || over || undefined}
        aria-describedby={describedBy(ids.descriptionId, countId, invalid && ids.errorId)}
        spellCheck
        className="min-h-56 resize-y text-base leading-relaxed md:text-base"
        placeholder={
          category ? `Type or record your answer. ${STRUCTURE_HINT[category]}` : "Type your answer."
        }
      />
      <div className="flex flex-wrap items-start justify-between gap-2">
        <FieldDescription id={ids.descriptionId} className="text-xs">
          {ANSWER_MIN}–{ANSWER_MAX.toLocaleString("en-US")} characters. Drafts save automatically.
          <span className="hidden sm:inline"> Press Ctrl+Enter (⌘+Enter on Mac) to submit.</span>
        </FieldDescription>
        <p
          id={countId}
          data-testid="char-count"
          className={cn(
            "text-xs tabular-nums text-muted-foreground",
            over && "font-medium text-destructive",
          )}
        >
          {length.toLocaleString("en-US")} / {ANSWER_MAX.toLocaleString("en-US")}
          <span className="sr-only"> characters</span>
        </p>
      </div>
      <FieldError id={ids.errorId} errors={errors} />
    </div>
  );
}
