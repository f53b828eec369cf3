"use client";

import { useState } from "react";
import Link from "next/link";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { passwordResetRequestSchema } from "@/lib/validations/auth";
import { requestPasswordResetAction } from "../_lib/account-actions";

const FIELDS = ["email"] as const;

export function ForgotPasswordForm() {
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const { submit, pending, formError, alertRef, errorsOf } = useActionForm({
    schema: passwordResetRequestSchema,
    fields: FIELDS,
    send: requestPasswordResetAction,
    onSuccess: (data) => setSent(data.message),
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h1 className="text-xl">Reset your password</h1>
        </CardTitle>
        <CardDescription>
          Enter the email of your account and we will mail you a link to choose a new password.
        </CardDescription>
      </CardHeader>
      <form
        method="post"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit({ email });
        }}
      >
        <CardContent className="grid gap-4">
          {formError ? (
            <Alert variant="destructive" ref={alertRef} tabIndex={-1}>
              <AlertTitle>{formError.title ?? "Could not send the link"}</AlertTitle>
              <AlertDescription>{formError.message}</AlertDescription>
            </Alert>
          ) : null}
          {sent ? (
            <Alert role="status">
              <AlertTitle>Check your inbox</AlertTitle>
              <AlertDescription>{sent} The link works for one hour.</AlertDescription>
            </Alert>
          ) : null}
          <TextField
            id="email"
            name="email"
            type="email"
            label="Email"
            autoComplete="email"
            inputMode="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            errors={errorsOf("email")}
          />
        </CardContent>
        <CardFooter className="mt-6 flex-col items-stretch gap-4">
          <SubmitButton pending={pending} pendingLabel="Sending…">
            {sent ? "Send again" : "Send reset link"}
          </SubmitButton>
          <p className="text-center text-sm text-muted-foreground">
            Remembered it?{" "}
            <Link
              href="/login"
              className="font-medium text-primary underline-offset-4 hover:underline"
            >
              Sign in
            </Link>
          </p>
        </CardFooter>
      </form>
    </Card>
  );
}
