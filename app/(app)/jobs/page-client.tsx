"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError, describedBy, fieldIds } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { jobDescriptionInputSchema, JOB_DESCRIPTION_MAX } from "@/lib/validations/job-description";
import { createJobDescriptionAction } from "./actions";

const FIELDS = ["text", "title", "company", "url"] as const;
const blankToUndefined = (v: string) => (v.trim() === "" ? undefined : v);

export function JobDescriptionForm() {
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [company, setCompany] = useState("");
  const [url, setUrl] = useState("");
  const { submit, pending, formError, alertRef, errorsOf } = useActionForm({
    schema: jobDescriptionInputSchema,
    fields: FIELDS,
    send: createJobDescriptionAction,
  });
  const textIds = fieldIds("text");
  const textErrors = errorsOf("text") ?? [];

  return (
    <Card>
      <form
        method="post"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit({
            text,
            title: blankToUndefined(title),
            company: blankToUndefined(company),
            url: blankToUndefined(url),
          });
        }}
        className="grid gap-6"
      >
        <CardHeader>
          <CardTitle>Paste a job description</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          {formError ? (
            <Alert variant="destructive" ref={alertRef} tabIndex={-1}>
              <AlertDescription>{formError.message}</AlertDescription>
            </Alert>
          ) : null}
          <div className="grid gap-2">
            <Label htmlFor={textIds.id}>Job description</Label>
            <Textarea
              id={textIds.id}
              name="text"
              rows={10}
              maxLength={JOB_DESCRIPTION_MAX}
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder="Paste the whole posting: requirements, nice-to-haves, responsibilities…"
              aria-invalid={textErrors.length > 0 || undefined}
              aria-describedby={describedBy(textErrors.length > 0 && textIds.errorId)}
            />
            <FieldError id={textIds.errorId} errors={textErrors} />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id="title"
              name="title"
              label="Job title (optional)"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              errors={errorsOf("title")}
            />
            <TextField
              id="company"
              name="company"
              label="Company (optional)"
              value={company}
              onChange={(e) => setCompany(e.target.value)}
              errors={errorsOf("company")}
            />
          </div>
          <TextField
            id="url"
            name="url"
            type="url"
            label="Link to the posting (optional)"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            errors={errorsOf("url")}
          />
        </CardContent>
        <CardFooter>
          <SubmitButton pending={pending} pendingLabel="Reading requirements…">
            Read requirements and match
          </SubmitButton>
        </CardFooter>
      </form>
    </Card>
  );
}
