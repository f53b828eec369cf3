"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/sonner";
import type { FieldErrors } from "@/lib/errors";
import { CATEGORIES, CATEGORY_LABELS, DIFFICULTIES } from "@/lib/validations/enum-values";
import { editQuestionAction, retireQuestionAction } from "../actions";

export interface EditableQuestion {
  id: number;
  text: string;
  points: string[];
  category: string;
  difficulty: string;
  timeLimitSeconds: number;
  skills: string[];
  modelAnswer: string | null;
  modelAnswerCovers: number[];
  bank: boolean;
  retired: boolean;
}

const fieldClass = "grid gap-1 text-sm";
const selectClass = "h-9 rounded-md border border-input bg-background px-3 text-sm shadow-xs";

function Errors({ errors, name }: { errors: FieldErrors; name: string }) {
  const messages = Object.entries(errors)
    .filter(([k]) => k === name || k.startsWith(`${name}.`))
    .flatMap(([, m]) => m);
  if (messages.length === 0) return null;
  return (
    <p role="alert" className="text-sm text-destructive">
      {messages.join(" ")}
    </p>
  );
}

export function QuestionEditor({ question }: { question: EditableQuestion }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const get = (k: string) => {
      const v = data.get(k);
      return typeof v === "string" ? v : "";
    };
    const fields: Record<string, unknown> = {
      text: get("text"),
      points: get("points"),
      category: get("category"),
      difficulty: get("difficulty"),
      timeLimitSeconds: get("timeLimitSeconds"),
    };
    if (question.bank) {
      fields.skills = get("skills");
      fields.modelAnswer = get("modelAnswer");
      fields.modelAnswerCovers = get("modelAnswerCovers");
    }
    start(async () => {
      const result = await editQuestionAction(question.id, fields);
      if (result.ok) {
        setErrors({});
        setMessage(null);
        toast.success("Question saved");
        router.refresh();
      } else {
        setErrors(result.error.fields ?? {});
        setMessage(result.error.message);
      }
    });
  }

  function toggleRetired() {
    start(async () => {
      const result = await retireQuestionAction(question.id, !question.retired);
      if (result.ok) {
        toast.success(question.retired ? "Question back in use" : "Question retired");
        router.refresh();
      } else setMessage(result.error.message);
    });
  }

  return (
    <form
      method="post"
      className="grid gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit(e.currentTarget);
      }}
    >
      {message ? (
        <p
          role="alert"
          className="rounded-md border border-destructive/40 p-2 text-sm text-destructive"
        >
          {message}
        </p>
      ) : null}
      <label className={fieldClass}>
        <span className="font-medium">Question</span>
        <Textarea name="text" defaultValue={question.text} rows={3} />
        <Errors errors={errors} name="text" />
      </label>
      <label className={fieldClass}>
        <span className="font-medium">Expected points (one per line, 3–6)</span>
        <Textarea name="points" defaultValue={question.points.join("\n")} rows={6} />
        <Errors errors={errors} name="points" />
      </label>
      <div className="flex flex-wrap gap-3">
        <label className={fieldClass}>
          <span className="font-medium">Category</span>
          <select name="category" defaultValue={question.category} className={selectClass}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label className={fieldClass}>
          <span className="font-medium">Difficulty</span>
          <select name="difficulty" defaultValue={question.difficulty} className={selectClass}>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <label className={fieldClass}>
          <span className="font-medium">Time limit (s)</span>
          <Input
            name="timeLimitSeconds"
            type="number"
            min={120}
            max={600}
            defaultValue={question.timeLimitSeconds}
            className="w-28"
          />
          <Errors errors={errors} name="timeLimitSeconds" />
        </label>
      </div>
      {question.bank ? (
        <>
          <label className={fieldClass}>
            <span className="font-medium">Skills (comma-separated)</span>
            <Input name="skills" defaultValue={question.skills.join(", ")} />
            <Errors errors={errors} name="skills" />
          </label>
          <label className={fieldClass}>
            <span className="font-medium">Model answer (90–280 words; empty removes it)</span>
            <Textarea name="modelAnswer" defaultValue={question.modelAnswer ?? ""} rows={8} />
            <Errors errors={errors} name="modelAnswer" />
          </label>
          <label className={fieldClass}>
            <span className="font-medium">
              Points the model answer covers (0-based, comma-separated)
            </span>
            <Input
              name="modelAnswerCovers"
              defaultValue={question.modelAnswerCovers.join(", ")}
              className="w-48"
            />
            <Errors errors={errors} name="modelAnswerCovers" />
          </label>
        </>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save changes
        </SubmitButton>
        <Button
          type="button"
          variant={question.retired ? "outline" : "destructive"}
          disabled={pending}
          onClick={toggleRetired}
        >
          {question.retired ? "Put back in use" : "Retire question"}
        </Button>
      </div>
    </form>
  );
}
