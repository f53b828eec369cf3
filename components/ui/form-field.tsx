import * as React from "react";

import { cn } from "@/lib/utils";

type ErrorInput = string | null | undefined | false;

/** Conventional ids for a field: `fieldIds("email")` → `{ id, descriptionId, errorId }`. */
function fieldIds(id: string) {
  return { id, descriptionId: `${id}-description`, errorId: `${id}-error` } as const;
}

/** Join the ids that exist into an `aria-describedby` value (undefined when none). */
function describedBy(...ids: ErrorInput[]): string | undefined {
  const present = ids.filter((value): value is string => typeof value === "string" && value !== "");
  return present.length > 0 ? present.join(" ") : undefined;
}

/** Normalise one error or a list (e.g. zod `flatten().fieldErrors.x`) to unique, non-empty strings. */
function toErrorList(errors: ErrorInput | readonly ErrorInput[]): string[] {
  const list = Array.isArray(errors) ? errors : [errors];
  const strings = list.filter(
    (value): value is string => typeof value === "string" && value.trim() !== "",
  );
  return [...new Set(strings)];
}

type FieldErrorProps = Omit<React.ComponentProps<"div">, "children"> & {
  /** Give it the id the control references in `aria-describedby`. */
  id: string;
  errors?: ErrorInput | readonly ErrorInput[];
};

/**
 * Renders nothing without errors; otherwise a `role="alert"` region (one message as text, several
 * as a list). Set `aria-invalid` and `aria-describedby={errorId}` on the control yourself.
 */
function FieldError({ id, errors, className, ...props }: FieldErrorProps) {
  const messages = toErrorList(errors);
  if (messages.length === 0) return null;

  return (
    <div
      id={id}
      role="alert"
      data-slot="field-error"
      className={cn("text-sm font-medium text-destructive", className)}
      {...props}
    >
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul className="list-disc space-y-0.5 pl-5">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** shadcn-style alias. */
const FormMessage = FieldError;

function FieldDescription({ className, ...props }: React.ComponentProps<"p">) {
  return (
    <p
      data-slot="field-description"
      className={cn("text-sm text-muted-foreground", className)}
      {...props}
    />
  );
}

export {
  FieldError,
  FormMessage,
  FieldDescription,
  fieldIds,
  describedBy,
  toErrorList,
  type FieldErrorProps,
};
