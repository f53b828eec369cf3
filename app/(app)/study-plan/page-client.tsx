"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { studyPlanRequestSchema } from "@/lib/validations/agents";
import { generateStudyPlanAction } from "./actions";

const FIELDS = ["days", "minutes_per_day", "target_role"] as const;

/** Days, minutes a day and role for a new plan (the profile's role when left empty). */
export function StudyPlanForm({ hasPlan, role }: { hasPlan: boolean; role: string | null }) {
  const router = useRouter();
  const [days, setDays] = useState("7");
  const [minutes, setMinutes] = useState("45");
  const [targetRole, setTargetRole] = useState(role ?? "");
  const { submit, pending, formError, alertRef, errorsOf } = useActionForm({
    schema: studyPlanRequestSchema,
    fields: FIELDS,
    send: generateStudyPlanAction,
    onSuccess: () => router.refresh(),
  });
  return (
    <form
      noValidate
      className="grid gap-4 rounded-lg border bg-card p-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit({
          days: Number(days),
          minutes_per_day: Number(minutes),
          target_role: targetRole.trim() === "" ? undefined : targetRole,
        });
      }}
    >
      {formError ? (
        <Alert variant="destructive" ref={alertRef} tabIndex={-1}>
          <AlertDescription>{formError.message}</AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id="days"
          name="days"
          type="number"
          min={3}
          max={28}
          label="Days"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          errors={errorsOf("days")}
        />
        <TextField
          id="minutes_per_day"
          name="minutes_per_day"
          type="number"
          min={15}
          max={240}
          step={5}
          label="Minutes a day"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          errors={errorsOf("minutes_per_day")}
        />
        <TextField
          id="target_role"
          name="target_role"
          label="Target role"
          placeholder="e.g. Backend Engineer"
          value={targetRole}
          onChange={(e) => setTargetRole(e.target.value)}
          errors={errorsOf("target_role")}
        />
      </div>
      <div>
        <SubmitButton pending={pending} pendingLabel="Planning…">
          {hasPlan ? "Make a new plan" : "Make my plan"}
        </SubmitButton>
      </div>
    </form>
  );
}
