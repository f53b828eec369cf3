import type { z } from "zod";
import { validationError, type FieldErrors } from "@/lib/errors";

/** zod issues → `{ field: [messages] }`, with nested paths joined by dots ("categories.0"). */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_root";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parses or throws a VALIDATION_ERROR AppError with field details (HTTP 422). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(toFieldErrors(result.error));
  return result.data;
}
