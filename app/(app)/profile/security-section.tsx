"use client";

import { useState, useTransition } from "react";
import { signOut } from "next-auth/react";
import { toast } from "sonner";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm, type FormError } from "@/components/forms/use-action-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { changePasswordSchema, deleteAccountSchema } from "@/lib/validations/auth";
import {
  changePasswordAction,
  deleteAccountAction,
  resendVerificationAction,
  signOutEverywhereAction,
} from "./actions";

function FormAlert({
  error,
  alertRef,
}: {
  error: FormError | null;
  alertRef: React.Ref<HTMLDivElement>;
}) {
  if (!error) return null;
  return (
    <Alert variant="destructive" ref={alertRef} tabIndex={-1}>
      <AlertTitle>{error.title ?? "That did not work"}</AlertTitle>
      <AlertDescription>{error.message}</AlertDescription>
    </Alert>
  );
}

function EmailStatus({ email, verified }: { email: string; verified: boolean }) {
  const [pending, start] = useTransition();
  const [sent, setSent] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span className="text-sm">{email}</span>
      {verified ? <Badge>Confirmed</Badge> : <Badge variant="outline">Not confirmed</Badge>}
      {!verified ? (
        <Button
          type="button"
          size="sm"
          variant="outline"
          disabled={pending || sent}
          onClick={() =>
            start(async () => {
              const result = await resendVerificationAction();
              if (result.ok) {
                setSent(true);
                toast.success("Confirmation link sent: check your inbox.");
              } else toast.error(result.error.message);
            })
          }
        >
          {sent ? "Link sent" : "Send confirmation link"}
        </Button>
      ) : null}
    </div>
  );
}

function ChangePasswordForm() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const { submit, pending, formError, alertRef, errorsOf } = useActionForm({
    schema: changePasswordSchema,
    fields: ["current_password", "new_password"] as const,
    send: changePasswordAction,
    async onSuccess() {
      // Every session ended, this one too: sign in again with the new password.
      await signOut({ callbackUrl: "/login?from=%2Fprofile" });
    },
  });
  return (
    <form
      method="post"
      noValidate
      aria-label="Change password"
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit({ current_password: current, new_password: next });
      }}
    >
      <FormAlert error={formError} alertRef={alertRef} />
      <TextField
        id="current_password"
        name="current_password"
        type="password"
        label="Current password"
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        errors={errorsOf("current_password")}
      />
      <TextField
        id="new_password"
        name="new_password"
        type="password"
        label="New password"
        autoComplete="new-password"
        description="At least 8 characters with an uppercase and a lowercase letter, a number and a symbol. Every device is signed out afterwards."
        value={next}
        onChange={(e) => setNext(e.target.value)}
        errors={errorsOf("new_password")}
      />
      <SubmitButton pending={pending} pendingLabel="Changing…" className="justify-self-start">
        Change password
      </SubmitButton>
    </form>
  );
}

function SignOutEverywhere() {
  const [pending, start] = useTransition();
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted-foreground">
        Lost a device or signed in somewhere public? End every session of your account.
      </p>
      <Button
        type="button"
        variant="outline"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await signOutEverywhereAction();
            if (!result.ok) {
              toast.error(result.error.message);
              return;
            }
            await signOut({ callbackUrl: "/login" });
          })
        }
      >
        Sign out everywhere
      </Button>
    </div>
  );
}

function DeleteAccountForm() {
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const { submit, pending, formError, alertRef, errorsOf } = useActionForm({
    schema: deleteAccountSchema,
    fields: ["password", "confirm"] as const,
    focusId: (field) => `delete_${field}`,
    send: deleteAccountAction,
    async onSuccess() {
      await signOut({ callbackUrl: "/" });
    },
  });
  return (
    <form
      method="post"
      noValidate
      aria-label="Delete account"
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit({ password, confirm });
      }}
    >
      <FormAlert error={formError} alertRef={alertRef} />
      <TextField
        id="delete_password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        errors={errorsOf("password")}
      />
      <TextField
        id="delete_confirm"
        name="confirm"
        label="Type DELETE to confirm"
        autoComplete="off"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        errors={errorsOf("confirm")}
      />
      <SubmitButton
        pending={pending}
        pendingLabel="Deleting…"
        variant="destructive"
        className="justify-self-start"
      >
        Delete my account
      </SubmitButton>
    </form>
  );
}

/** Email confirmation, password, sessions and account deletion on the profile page. */
export function SecuritySection({
  email,
  emailVerified,
}: {
  email: string;
  emailVerified: boolean;
}) {
  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle asChild>
            <h2 className="text-lg">Sign-in and security</h2>
          </CardTitle>
          <CardDescription>Your email, your password and where you are signed in.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <EmailStatus email={email} verified={emailVerified} />
          <ChangePasswordForm />
          <SignOutEverywhere />
        </CardContent>
      </Card>
      <Card className="border-destructive/40">
        <CardHeader>
          <CardTitle asChild>
            <h2 className="text-lg">Delete account</h2>
          </CardTitle>
          <CardDescription>
            Deletes your account, interviews, answers, scores and resumes for good. This cannot be
            undone.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <DeleteAccountForm />
        </CardContent>
      </Card>
    </>
  );
}
