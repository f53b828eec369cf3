"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { toast } from "sonner";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { registerSchema } from "@/lib/validations/auth";
import { timeZoneSchema } from "@/lib/validations/time-zone";
import { registerAction } from "./actions";

const FIELDS = ["name", "email", "password"] as const;

/** The browser's IANA zone when it is one we accept; otherwise the account keeps UTC. */
function browserTimeZone(): string | undefined {
  const zone = timeZoneSchema.safeParse(Intl.DateTimeFormat().resolvedOptions().timeZone);
  return zone.success ? zone.data : undefined;
}

export function RegisterForm() {
  const router = useRouter();
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const { submit, pending, formError, alertRef, errorsOf } = useActionForm({
    schema: registerSchema,
    fields: FIELDS,
    send: registerAction,
    async onSuccess(_user, input) {
      const signedIn = await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirect: false,
      });
      if (signedIn?.ok && !signedIn.error) {
        toast.success("Welcome to InterviewMaster");
        router.replace("/dashboard");
        router.refresh();
        return;
      }
      toast.success("Account created. Please sign in.");
      router.replace("/login");
    },
  });

  const update = (name: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ ...values, timezone: browserTimeZone() });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h1 className="text-xl">Create your account</h1>
        </CardTitle>
        <CardDescription>Start practising in under a minute.</CardDescription>
      </CardHeader>
      <form method="post" noValidate onSubmit={onSubmit}>
        <CardContent className="grid gap-4">
          {formError ? (
            <Alert variant="destructive" ref={alertRef} tabIndex={-1}>
              <AlertDescription>{formError.message}</AlertDescription>
            </Alert>
          ) : null}
          <TextField
            id="name"
            name="name"
            label="Name"
            autoComplete="name"
            required
            value={values.name}
            onChange={update("name")}
            errors={errorsOf("name")}
          />
          <TextField
            id="email"
            name="email"
            type="email"
            label="Email"
            autoComplete="email"
            inputMode="email"
            required
            value={values.email}
            onChange={update("email")}
            errors={errorsOf("email")}
          />
          <TextField
            id="password"
            name="password"
            type="password"
            label="Password"
            autoComplete="new-password"
            required
            description="At least 8 characters, with an uppercase and a lowercase letter, a number and a symbol."
            value={values.password}
            onChange={update("password")}
            errors={errorsOf("password")}
          />
        </CardContent>
        <CardFooter className="mt-6 flex-col items-stretch gap-4">
          <SubmitButton pending={pending} pendingLabel="Creating account…">
            Create account
          </SubmitButton>
          <p className="text-center text-sm text-muted-foreground">
            Already have an account?{" "}
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
