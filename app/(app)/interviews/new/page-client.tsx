"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldDescription, FieldError, describedBy, fieldIds } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import {
  CATEGORIES,
  CATEGORY_LABELS,
  DIFFICULTIES,
  type Difficulty,
  type QuestionCategory,
} from "@/lib/validations/enum-values";
import { formatTimeLimit, SESSION_TIME_LIMITS } from "@/lib/interviews/time-limit";
import { createInterviewSchema, MAX_QUESTIONS } from "@/lib/validations/interview";
import { TIME_LIMIT } from "@/lib/validations/question";
import { createInterviewAction } from "./actions";

export type NewInterviewDefaults = {
  role: string;
  difficulty: Difficulty;
  question_count: number;
  categories: QuestionCategory[];
  resume_id?: number | null;
  job_description_id?: number | null;
};

/** What a session can be tailored to: the user's ready resumes and saved jobs. */
export type TailoringChoices = {
  resumes: { id: number; label: string }[];
  jobs: { id: number; label: string }[];
};

const FIELDS = [
  "role",
  "difficulty",
  "question_count",
  "categories",
  "resume_id",
  "job_description_id",
  "time_limit_seconds",
] as const;
/** Focus targets for each field (a group focuses its first control). */
const FOCUS_ID: Record<(typeof FIELDS)[number], string> = {
  role: "role",
  difficulty: `difficulty-${DIFFICULTIES[0]}`,
  question_count: "question_count",
  categories: `category-${CATEGORIES[0]}`,
  resume_id: "resume_id",
  job_description_id: "job_description_id",
  time_limit_seconds: "time-limit-question",
};

/** The time limits offered (SESSION_TIME_LIMITS), as radio values and what they mean. */
const TIME_LIMIT_CHOICES = SESSION_TIME_LIMITS.map((seconds) => ({
  value: seconds === null ? "question" : String(seconds),
  label: seconds === null ? "Suggested" : formatTimeLimit(seconds),
  hint:
    seconds === null
      ? `Each question's own (${TIME_LIMIT.min / 60}–${TIME_LIMIT.max / 60} min)`
      : seconds === 0
        ? "No clock: practise at your pace"
        : "For every question",
}));

const SELECT_CLASS =
  "h-9 w-full rounded-md border border-input bg-transparent px-3 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50";

const DIFFICULTY_HINT: Record<Difficulty, string> = {
  Easy: "Fundamentals",
  Medium: "Everyday depth",
  Hard: "Senior depth",
  Expert: "Staff and beyond",
};

export function NewInterviewForm({
  defaults,
  roleSuggestions,
  tailoringChoices = { resumes: [], jobs: [] },
}: {
  defaults: NewInterviewDefaults;
  roleSuggestions: string[];
  tailoringChoices?: TailoringChoices;
}) {
  const [resumeId, setResumeId] = useState(defaults.resume_id ? String(defaults.resume_id) : "");
  const [jobId, setJobId] = useState(
    defaults.job_description_id ? String(defaults.job_description_id) : "",
  );
  const [role, setRole] = useState(defaults.role);
  const [difficulty, setDifficulty] = useState<Difficulty>(defaults.difficulty);
  const [count, setCount] = useState(String(defaults.question_count));
  const [categories, setCategories] = useState<QuestionCategory[]>(defaults.categories);
  const [timeLimit, setTimeLimit] = useState("question");
  // On success the action redirects to the new session: the form stays pending until then.
  const { submit, pending, formError, alertRef, errorsOf } = useActionForm({
    schema: createInterviewSchema,
    fields: FIELDS,
    focusId: (field) => FOCUS_ID[field],
    send: createInterviewAction,
  });

  const difficultyIds = fieldIds("difficulty");
  const categoryIds = fieldIds("categories");
  const difficultyErrors = errorsOf("difficulty");
  const categoryErrors = errorsOf("categories");
  const timeLimitIds = fieldIds("time_limit_seconds");
  const timeLimitErrors = errorsOf("time_limit_seconds");

  function toggleCategory(category: QuestionCategory, checked: boolean) {
    setCategories((list) =>
      checked
        ? CATEGORIES.filter((c) => c === category || list.includes(c))
        : list.filter((c) => c !== category),
    );
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({
      role,
      difficulty,
      question_count: count,
      categories,
      time_limit_seconds: timeLimit,
      ...(resumeId !== "" ? { resume_id: resumeId } : {}),
      ...(jobId !== "" ? { job_description_id: jobId } : {}),
    });
  }

  return (
    <Card>
      <form method="post" noValidate onSubmit={onSubmit} aria-label="New interview">
        <CardContent className="grid gap-6">
          {formError ? (
            <Alert variant="destructive" ref={alertRef} tabIndex={-1}>
              <AlertDescription>{formError.message}</AlertDescription>
            </Alert>
          ) : null}

          <TextField
            id="role"
            name="role"
            label="Role"
            list="role-suggestions"
            autoComplete="off"
            required
            placeholder="e.g. Backend Engineer"
            description="The job you are preparing for. Pick a suggestion or type your own."
            value={role}
            onChange={(e) => setRole(e.target.value)}
            errors={errorsOf("role")}
          />
          <datalist id="role-suggestions">
            {roleSuggestions.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>

          <fieldset
            className="grid gap-3"
            aria-describedby={describedBy(difficultyErrors && difficultyIds.errorId)}
          >
            <legend className="mb-3 text-sm font-medium">Difficulty</legend>
            <RadioGroup
              value={difficulty}
              onValueChange={(v) => setDifficulty(v as Difficulty)}
              className="grid grid-cols-2 gap-2 sm:grid-cols-4"
              aria-label="Difficulty"
              aria-invalid={difficultyErrors ? true : undefined}
            >
              {DIFFICULTIES.map((d) => (
                <Label
                  key={d}
                  htmlFor={`difficulty-${d}`}
                  className="flex cursor-pointer items-start gap-2 rounded-md border p-3 has-data-[state=checked]:border-primary has-data-[state=checked]:bg-primary/5"
                >
                  <RadioGroupItem id={`difficulty-${d}`} value={d} className="mt-0.5" />
                  <span className="grid gap-1">
                    <span>{d}</span>
                    <span className="text-xs font-normal text-muted-foreground">
                      {DIFFICULTY_HINT[d]}
                    </span>
                  </span>
                </Label>
              ))}
            </RadioGroup>
            <FieldError id={difficultyIds.errorId} errors={difficultyErrors} />
          </fieldset>

          <TextField
            id="question_count"
            name="question_count"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_QUESTIONS}
            step={1}
            label="Number of questions"
            description={`Between 1 and ${MAX_QUESTIONS}.`}
            className="max-w-48"
            value={count}
            onChange={(e) => setCount(e.target.value)}
            errors={errorsOf("question_count")}
          />

          <fieldset
            className="grid gap-3"
            aria-describedby={describedBy(
              categoryIds.descriptionId,
              categoryErrors && categoryIds.errorId,
            )}
          >
            <legend className="mb-1 text-sm font-medium">Question types</legend>
            <FieldDescription id={categoryIds.descriptionId}>Pick at least one.</FieldDescription>
            <div className="grid gap-2 sm:grid-cols-2">
              {CATEGORIES.map((c) => (
                <div key={c} className="flex items-center gap-2">
                  <Checkbox
                    id={`category-${c}`}
                    name="categories"
                    value={c}
                    checked={categories.includes(c)}
                    onCheckedChange={(checked) => toggleCategory(c, checked === true)}
                    aria-invalid={categoryErrors ? true : undefined}
                  />
                  <Label htmlFor={`category-${c}`} className="font-normal">
                    {CATEGORY_LABELS[c]}
                  </Label>
                </div>
              ))}
            </div>
            <FieldError id={categoryIds.errorId} errors={categoryErrors} />
          </fieldset>

          <fieldset
            className="grid gap-3"
            aria-describedby={describedBy(timeLimitErrors && timeLimitIds.errorId)}
          >
            <legend className="mb-3 text-sm font-medium">Time per question</legend>
            <RadioGroup
              value={timeLimit}
              onValueChange={setTimeLimit}
              className="grid grid-cols-2 gap-2 sm:grid-cols-3"
              aria-label="Time per question"
              aria-invalid={timeLimitErrors ? true : undefined}
            >
              {TIME_LIMIT_CHOICES.map((t) => (
                <Label
                  key={t.value}
                  htmlFor={`time-limit-${t.value}`}
                  className="flex cursor-pointer items-start gap-2 rounded-md border p-3 has-data-[state=checked]:border-primary has-data-[state=checked]:bg-primary/5"
                >
                  <RadioGroupItem id={`time-limit-${t.value}`} value={t.value} className="mt-0.5" />
                  <span className="grid gap-1">
                    <span>{t.label}</span>
                    <span className="text-xs font-normal text-muted-foreground">{t.hint}</span>
                  </span>
                </Label>
              ))}
            </RadioGroup>
            <FieldError id={timeLimitIds.errorId} errors={timeLimitErrors} />
          </fieldset>

          {tailoringChoices.resumes.length > 0 || tailoringChoices.jobs.length > 0 ? (
            <fieldset className="grid gap-3">
              <legend className="mb-1 text-sm font-medium">Tailor to (optional)</legend>
              <FieldDescription>
                Questions then aim at the job&apos;s skills and your gaps against it, and
                behavioural questions ask about your own experience.
              </FieldDescription>
              <div className="grid gap-3 sm:grid-cols-2">
                <div className="grid gap-2">
                  <Label htmlFor="resume_id">Resume</Label>
                  <select
                    id="resume_id"
                    name="resume_id"
                    className={SELECT_CLASS}
                    value={resumeId}
                    onChange={(e) => setResumeId(e.target.value)}
                  >
                    <option value="">None</option>
                    {tailoringChoices.resumes.map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.label}
                      </option>
                    ))}
                  </select>
                  <FieldError id="resume_id-error" errors={errorsOf("resume_id")} />
                </div>
                <div className="grid gap-2">
                  <Label htmlFor="job_description_id">Job description</Label>
                  <select
                    id="job_description_id"
                    name="job_description_id"
                    className={SELECT_CLASS}
                    value={jobId}
                    onChange={(e) => setJobId(e.target.value)}
                  >
                    <option value="">None</option>
                    {tailoringChoices.jobs.map((j) => (
                      <option key={j.id} value={j.id}>
                        {j.label}
                      </option>
                    ))}
                  </select>
                  <FieldError
                    id="job_description_id-error"
                    errors={errorsOf("job_description_id")}
                  />
                </div>
              </div>
              {resumeId !== "" && !categories.includes("Behavioral") ? (
                <FieldDescription>
                  Add Behavioural questions to be asked about your own experience lines.
                </FieldDescription>
              ) : null}
            </fieldset>
          ) : null}
        </CardContent>
        <CardFooter className="mt-6 justify-end">
          <SubmitButton
            pending={pending}
            pendingLabel="Preparing questions…"
            className="w-full sm:w-auto"
          >
            Start interview
          </SubmitButton>
        </CardFooter>
      </form>
    </Card>
  );
}
