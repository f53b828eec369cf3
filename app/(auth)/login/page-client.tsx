"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { TextField } from "@/components/forms/text-field";
import { useActionForm, type FormOutcome } from "@/components/forms/use-action-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { loginSchema } from "@/lib/validations/auth";

const FIELDS = ["email", "password"] as const;

type SignInError = { title: string; message: string };

/** Formats the unlock moment in the reader's locale, e.g. "14:35". */
export function formatUnlockTime(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" }).format(
    new Date(iso),
  );
}

/** next-auth hands back the service's `{code, message}` as a JSON string; anything else is generic. */
function describeSignInError(raw: string | null | undefined): SignInError | null {
  if (!raw) return null;
  let parsed: { code?: unknown; message?: unknown } | null = null;
  try {
    parsed = JSON.parse(raw) as { code?: unknown; message?: unknown };
  } catch {
    parsed = null;
  }
  const code = typeof parsed?.code === "string" ? parsed.code : null;
  const message = typeof parsed?.message === "string" ? parsed.message : "";
  switch (code) {
    case "ACCOUNT_LOCKED": {
      const until = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/.exec(message)?.[0];
      return {
        title: "Account temporarily locked",
        message: until
          ? `Too many failed sign-in attempts. You can try again after ${formatUnlockTime(until)}.`
          : "Too many failed sign-in attempts. Please try again in 15 minutes.",
      };
    }
    case "AUTHORIZATION_ERROR":
      return {
        title: "Account suspended",
        message: "This account is suspended. Contact support if you think this is a mistake.",
      };
    case "RATE_LIMIT_EXCEEDED":
      return {
        title: "Too many attempts",
        message: "Too many sign-in attempts. Wait a few minutes, then try again.",
      };
    case "VALIDATION_ERROR":
      return { title: "Check your details", message: "Enter a valid email and password." };
    default:
      // 401 and anything unexpected: never reveal whether the email exists.
      return { title: "Sign-in failed", message: "Invalid email or password." };
  }
}

export function LoginForm({
  from,
  initialError = null,
}: {
  from: string;
  initialError?: string | null;
}) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { submit, pending, formError, alertRef, errorsOf } = useActionForm({
    schema: loginSchema,
    fields: FIELDS,
    initialError: describeSignInError(initialError),
    networkError: {
      title: "Connection problem",
      message: "We could not reach the server. Check your connection and try again.",
    },
    async send(credentials): Promise<FormOutcome<null>> {
      const result = await signIn("credentials", { ...credentials, redirect: false });
      if (result?.ok && !result.error) return { ok: true, data: null };
      return { ok: false, error: describeSignInError(result?.error ?? "{}")! };
    },
    onSuccess() {
      router.replace(from);
      router.refresh();
    },
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ email, password });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h1 className="text-xl">Sign in</h1>
        </CardTitle>
        <CardDescription>Welcome back. Continue where you left off.</CardDescription>
      </CardHeader>
      <form
        method="post"
        noValidate
        onSubmit={onSubmit}
        aria-describedby={formError ? "login-error" : undefined}
      >
        <CardContent className="grid gap-4">
          {formError ? (
            <Alert variant="destructive" id="login-error" ref={alertRef} tabIndex={-1}>
              <AlertTitle>{formError.title}</AlertTitle>
              <AlertDescription>{formError.message}</AlertDescription>
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
          <TextField
            id="password"
            name="password"
            type="password"
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            errors={errorsOf("password")}
          />
          <Link
            href="/forgot-password"
            className="justify-self-end text-sm font-medium text-primary underline-offset-4 hover:underline"
          >
            Forgot your password?
          </Link>
        </CardContent>
        <CardFooter className="mt-6 flex-col items-stretch gap-4">
          <SubmitButton pending={pending} pendingLabel="Signing in…">
            Sign in
          </SubmitButton>
          <p className="text-center text-sm text-muted-foreground">
            New here?{" "}
            <Link
              href="/register"
              className="font-medium text-primary underline-offset-4 hover:underline"
            >
              Create an account
            </Link>
          </p>
        </CardFooter>
      </form>
    </Card>
  );
}
