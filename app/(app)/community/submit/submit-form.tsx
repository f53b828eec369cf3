"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { FieldErrors } from "@/lib/errors";
import { CATEGORIES, CATEGORY_LABELS } from "@/lib/validations/enum-values";
import { submitQuestionAction } from "../actions";

const LEVELS = ["Entry", "Mid", "Senior", "Staff", "Principal"] as const;
const selectClass = "h-9 rounded-md border border-input bg-background px-3 text-sm shadow-xs";

function Field({
  label,
  name,
  errors,
  children,
}: {
  label: string;
  name: string;
  errors: FieldErrors;
  children: React.ReactNode;
}) {
  return (
    <label className="grid gap-1 text-sm">
      <span className="font-medium">{label}</span>
      {children}
      {errors[name] ? (
        <span role="alert" className="text-destructive">
          {errors[name].join(" ")}
        </span>
      ) : null}
    </label>
  );
}

export function SubmitQuestionForm() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<{ id: number; duplicates: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();

  if (done) {
    return (
      <div role="status" className="grid gap-2 rounded-lg border p-4">
        <p className="font-medium">Thank you: your question is waiting for a moderator.</p>
        {done.duplicates > 0 ? (
          <p className="text-sm text-muted-foreground">
            It looks similar to {done.duplicates} question{done.duplicates > 1 ? "s" : ""} we
            already have; the moderators will compare them.
          </p>
        ) : null}
        <p className="text-sm">
          <Link href="/community" className="underline underline-offset-4">
            Back to community questions
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form
      method="post"
      className="grid max-w-2xl gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = Object.fromEntries(new FormData(e.currentTarget));
        start(async () => {
          const result = await submitQuestionAction(data);
          if (result.ok) setDone(result.data);
          else {
            setErrors(result.error.fields ?? {});
            setMessage(result.error.fields ? null : result.error.message);
          }
        });
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Company" name="company" errors={errors}>
          <Input name="company" required maxLength={100} autoComplete="organization" />
        </Field>
        <Field label="Role" name="role" errors={errors}>
          <Input name="role" required maxLength={100} placeholder="e.g. Backend Engineer" />
        </Field>
        <Field label="Level" name="level" errors={errors}>
          <select name="level" defaultValue="" className={selectClass}>
            <option value="">Not sure</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Interview date" name="interview_date" errors={errors}>
          <Input type="date" name="interview_date" />
        </Field>
        <Field label="Category" name="category" errors={errors}>
          <select name="category" defaultValue="Technical" className={selectClass}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="The question, as you were asked it" name="question_text" errors={errors}>
        <Textarea name="question_text" required minLength={10} maxLength={500} rows={3} />
      </Field>
      <Field
        label="Notes (optional): follow-ups, what they looked for"
        name="notes"
        errors={errors}
      >
        <Textarea name="notes" maxLength={2000} rows={3} />
      </Field>
      {message ? (
        <p role="alert" className="text-sm text-destructive">
          {message}
        </p>
      ) : null}
      <div>
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Submit for moderation
        </SubmitButton>
      </div>
    </form>
  );
}
