"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { companyCoachingRequestSchema } from "@/lib/validations/agents";
import { requestCoachingAction } from "./actions";

const FIELDS = ["company", "role"] as const;

/** Company (suggested from community reports) and optional role. */
export function CoachingForm({
  companies,
  company: initialCompany,
  role: initialRole,
}: {
  companies: { company: string; count: number }[];
  company: string;
  role: string;
}) {
  const router = useRouter();
  const [company, setCompany] = useState(initialCompany);
  const [role, setRole] = useState(initialRole);
  const { submit, pending, formError, alertRef, errorsOf } = useActionForm({
    schema: companyCoachingRequestSchema,
    fields: FIELDS,
    send: requestCoachingAction,
    onSuccess: () => router.refresh(),
  });
  return (
    <form
      noValidate
      className="grid gap-4 rounded-lg border bg-card p-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit({ company, role: role.trim() === "" ? undefined : role });
      }}
    >
      {formError ? (
        <Alert variant="destructive" ref={alertRef} tabIndex={-1}>
          <AlertDescription>{formError.message}</AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="company"
          name="company"
          label="Company"
          list="community-companies"
          autoComplete="off"
          placeholder="e.g. Stripe"
          value={company}
          onChange={(e) => setCompany(e.target.value)}
          errors={errorsOf("company")}
        />
        <TextField
          id="role"
          name="role"
          label="Role (optional)"
          placeholder="e.g. Backend Engineer"
          value={role}
          onChange={(e) => setRole(e.target.value)}
          errors={errorsOf("role")}
        />
        <datalist id="community-companies">
          {companies.map((c) => (
            <option key={c.company} value={c.company}>
              {`${c.count} reported question${c.count === 1 ? "" : "s"}`}
            </option>
          ))}
        </datalist>
      </div>
      <div>
        <SubmitButton pending={pending} pendingLabel="Preparing…">
          Coach me
        </SubmitButton>
      </div>
    </form>
  );
}
