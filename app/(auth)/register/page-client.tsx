"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { toast } from "sonner";
import {
  errorsFor,
  fieldErrorsFromZod,
  firstInvalid,
  type FieldErrors,
} from "@/components/forms/field-errors";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
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
  const [fields, setFields] = useState<FieldErrors | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  const update = (name: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  function showFieldErrors(errors: FieldErrors) {
    setFields(errors);
    const first = firstInvalid(errors, FIELDS);
    if (first) requestAnimationFrame(() => document.getElementById(first)?.focus());
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = registerSchema.safeParse({ ...values, timezone: browserTimeZone() });
    if (!parsed.success) return showFieldErrors(fieldErrorsFromZod(parsed.error));
    setFields(undefined);
    setPending(true);
    try {
      const result = await registerAction(parsed.data);
      if (!result.ok) {
        setPending(false);
        if (result.error.fields) return showFieldErrors(result.error.fields);
        setFormError(result.error.message);
        requestAnimationFrame(() => alertRef.current?.focus());
        return;
      }
      const signedIn = await signIn("credentials", {
        email: parsed.data.email,
        password: values.password,
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
    } catch {
      setPending(false);
      setFormError("We could not reach the server. Check your connection and try again.");
      requestAnimationFrame(() => alertRef.current?.focus());
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h1 className="text-xl">Create your account</h1>
        </CardTitle>
        <CardDescription>Start practising in under a minute.</CardDescription>
      </CardHeader>
      <form noValidate onSubmit={onSubmit}>
        <CardContent className="grid gap-4">
          {formError ? (
            <Alert variant="destructive" ref={alertRef} tabIndex={-1}>
              <AlertDescription>{formError}</AlertDescription>
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
            errors={errorsFor(fields, "name")}
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
            errors={errorsFor(fields, "email")}
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
            errors={errorsFor(fields, "password")}
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
