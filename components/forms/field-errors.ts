import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validations/parse";

export type { FieldErrors };

/** zod issues of a client-side parse, keyed like the server's field errors. */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  return toFieldErrors(error);
}

/** Messages for one field, including nested keys ("categories.0" counts as "categories"). */
export function errorsFor(fields: FieldErrors | undefined, name: string): string[] | undefined {
  if (!fields) return undefined;
  const messages = Object.entries(fields)
    .filter(([key]) => key === name || key.startsWith(`${name}.`))
    .flatMap(([, list]) => list);
  return messages.length > 0 ? [...new Set(messages)] : undefined;
}

/** The first field (in form order) that has an error, to move focus there. */
export function firstInvalid<K extends string>(
  fields: FieldErrors | undefined,
  order: readonly K[],
): K | undefined {
  return order.find((name) => errorsFor(fields, name));
}
