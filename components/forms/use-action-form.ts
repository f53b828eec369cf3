"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import type { z } from "zod";
import { errorsFor, fieldErrorsFromZod, firstInvalid, type FieldErrors } from "./field-errors";

/** A message for the whole form (shown in an alert that takes focus). */
export type FormError = { title?: string; message: string };

/** What sending the form answers: an ActionResult, or anything shaped like one. */
export type FormOutcome<T> =
  | { ok: true; data: T }
  | { ok: false; error: { message: string; title?: string; fields?: FieldErrors } };

const ALERT = Symbol("alert");

const NETWORK_ERROR: FormError = {
  message: "We could not reach the server. Check your connection and try again.",
};

interface Options<S extends z.ZodType, T, K extends string> {
  schema: S;
  /** Field names in form order: focus goes to the first with an error. */
  fields: readonly K[];
  /** The element to focus for a field (a group focuses its first control); default its name. */
  focusId?: (field: K) => string;
  send: (input: z.output<S>) => Promise<FormOutcome<T>>;
  /** After a success; the form stays pending while it runs (e.g. until a navigation). */
  onSuccess?: (data: T, input: z.output<S>) => void | Promise<void>;
  networkError?: FormError;
  /** A message to show from the start (e.g. an error passed back in the URL). */
  initialError?: FormError | null;
}

/**
 * The flow the app's forms share: parse on the client with the same zod schema the server uses,
 * show field errors and focus the first, send, then show the server's field errors or message
 * (focused, so screen readers announce it), or a network error that keeps what was typed.
 */
export function useActionForm<S extends z.ZodType, T, K extends string>(options: Options<S, T, K>) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors | undefined>(undefined);
  const [formError, setFormError] = useState<FormError | null>(options.initialError ?? null);
  const [pending, startTransition] = useTransition();
  const alertRef = useRef<HTMLDivElement>(null);

  // What to focus once the errors are on screen: the alert, or the first invalid field.
  const [focusRequest, setFocusRequest] = useState<{ id: string | typeof ALERT } | null>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const { id } = focusRequest;
    (id === ALERT ? alertRef.current : document.getElementById(id))?.focus();
  }, [focusRequest]);

  const fieldToFocus = (errors: FieldErrors) => {
    const first = firstInvalid(errors, options.fields);
    return first === undefined ? null : { id: options.focusId?.(first) ?? first };
  };
  const showFormError = (error: FormError) => {
    // Updates after an await join the transition again, so they appear as the form re-enables.
    startTransition(() => {
      setFormError(error);
      setFocusRequest({ id: ALERT });
    });
  };

  function submit(raw: unknown): void {
    setFormError(null);
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      const errors = fieldErrorsFromZod(parsed.error);
      setFieldErrors(errors);
      setFocusRequest(fieldToFocus(errors));
      return;
    }
    setFieldErrors(undefined);
    const input = parsed.data;
    startTransition(async () => {
      let outcome: FormOutcome<T>;
      try {
        outcome = await options.send(input);
        if (outcome.ok) {
          await options.onSuccess?.(outcome.data, input);
          return;
        }
      } catch {
        showFormError(options.networkError ?? NETWORK_ERROR);
        return;
      }
      const { fields, message, title } = outcome.error;
      if (fields) {
        startTransition(() => {
          setFieldErrors(fields);
          setFocusRequest(fieldToFocus(fields));
        });
      } else {
        showFormError(title ? { title, message } : { message });
      }
    });
  }

  return {
    submit,
    pending,
    formError,
    showFormError,
    alertRef,
    /** Messages for one field (nested keys included). */
    errorsOf: (name: K) => errorsFor(fieldErrors, name),
  };
}
