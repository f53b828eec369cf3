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
import { passwordResetSchema } from "@/lib/validations/auth";
import { resetPasswordAction } from "../_lib/account-actions";

const FIELDS = ["token", "password"] as const;

export function ResetPasswordForm({ token }: { token: string }) {
  const [password, setPassword] = useState("");
  const [done, setDone] = useState(false);
  const { submit, pending, formError, alertRef, errorsOf } = useActionForm({
    schema: passwordResetSchema,
    fields: FIELDS,
    send: resetPasswordAction,
    onSuccess: () => setDone(true),
  });
  const linkErrors = errorsOf("token");

  if (done) {
    return (
      <Card>
        <CardHeader>
          <CardTitle asChild>
            <h1 className="text-xl">Password changed</h1>
          </CardTitle>
          <CardDescription>
            Every device that was signed in to your account has been signed out.
          </CardDescription>
        </CardHeader>
        <CardFooter>
          <Link
            href="/login"
            className="font-medium text-primary underline-offset-4 hover:underline"
          >
            Sign in with your new password
          </Link>
        </CardFooter>
      </Card>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h1 className="text-xl">Choose a new password</h1>
        </CardTitle>
        <CardDescription>
          At least 8 characters, with an uppercase and a lowercase letter, a number and a symbol.
        </CardDescription>
      </CardHeader>
      <form
        method="post"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit({ token, password });
        }}
      >
        <CardContent className="grid gap-4">
          {formError || linkErrors ? (
            <Alert variant="destructive" ref={alertRef} tabIndex={-1}>
              <AlertTitle>
                {linkErrors ? "This link cannot be used" : "Password not changed"}
              </AlertTitle>
              <AlertDescription>
                {linkErrors?.[0] ?? formError?.message}{" "}
                {linkErrors ? (
                  <Link href="/forgot-password" className="font-medium underline">
                    Ask for a new link
                  </Link>
                ) : null}
              </AlertDescription>
            </Alert>
          ) : null}
          <TextField
            id="password"
            name="password"
            type="password"
            label="New password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            errors={errorsOf("password")}
          />
        </CardContent>
        <CardFooter className="mt-6 flex-col items-stretch gap-4">
          <SubmitButton pending={pending} pendingLabel="Saving…">
            Set new password
          </SubmitButton>
        </CardFooter>
      </form>
    </Card>
  );
}
