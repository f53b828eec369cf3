"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Label } from "@/components/ui/label";
import { resumeAnalysisRequestSchema } from "@/lib/validations/agents";
import { analyseResumeAction } from "./actions";

const FIELDS = ["job_description_id", "target_role"] as const;

/** Analyse against a saved job or a role (the profile's when empty). */
export function AnalysisForm({
  resumeId,
  jobs,
  jobId,
  role,
  hasAnalysis,
}: {
  resumeId: number;
  jobs: { id: number; label: string }[];
  jobId: number | null;
  role: string;
  hasAnalysis: boolean;
}) {
  const router = useRouter();
  const [job, setJob] = useState(jobId ? String(jobId) : "");
  const [targetRole, setTargetRole] = useState(role);
  const { submit, pending, formError, alertRef, errorsOf } = useActionForm({
    schema: resumeAnalysisRequestSchema,
    fields: FIELDS,
    send: (input) => analyseResumeAction(resumeId, input),
    onSuccess: () => router.refresh(),
  });
  return (
    <form
      noValidate
      className="grid gap-4 rounded-lg border bg-card p-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit({
          job_description_id: job === "" ? undefined : Number(job),
          target_role: job === "" && targetRole.trim() !== "" ? targetRole : undefined,
          refresh: hasAnalysis ? true : undefined,
        });
      }}
    >
      {formError ? (
        <Alert variant="destructive" ref={alertRef} tabIndex={-1}>
          <AlertDescription>{formError.message}</AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="grid gap-2">
          <Label htmlFor="job_description_id">Compare with a saved job</Label>
          <select
            id="job_description_id"
            name="job_description_id"
            className="h-9 rounded-md border bg-transparent px-3 text-sm"
            value={job}
            onChange={(e) => setJob(e.target.value)}
          >
            <option value="">No job: use the role</option>
            {jobs.map((j) => (
              <option key={j.id} value={j.id}>
                {j.label}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="target_role"
          name="target_role"
          label="Target role"
          placeholder="e.g. Senior Backend Engineer"
          value={targetRole}
          disabled={job !== ""}
          onChange={(e) => setTargetRole(e.target.value)}
          errors={errorsOf("target_role")}
        />
      </div>
      <div>
        <SubmitButton pending={pending} pendingLabel="Analysing…">
          {hasAnalysis ? "Analyse again" : "Analyse my resume"}
        </SubmitButton>
      </div>
    </form>
  );
}
