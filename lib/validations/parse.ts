import { z } from "zod";
import { validationError, type FieldErrors } from "@/lib/errors";
import { UNSTORABLE } from "./unstorable";

/** zod issues → `{ field: [messages] }`, with nested paths joined by dots ("categories.0"). */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_root";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

const NUL_MESSAGE = "Must not contain NUL characters or broken Unicode (lone surrogates)";

/** Paths of the strings holding a character PostgreSQL cannot store in text. */
function nulPaths(value: unknown, path: string[] = [], out: string[] = [], depth = 0): string[] {
  if (typeof value === "string") {
    if (UNSTORABLE.test(value)) out.push(path.length > 0 ? path.join(".") : "_root");
  } else if (value && typeof value === "object" && depth < 8) {
    for (const [key, item] of Object.entries(value)) nulPaths(item, [...path, key], out, depth + 1);
  }
  return out;
}

/**
 * Parses or throws a VALIDATION_ERROR AppError with field details (HTTP 422). A NUL character or
 * a lone surrogate left in the parsed value (schemas that clean text remove it first) is refused here for every
 * input at once: stored, it would be a database error (500) instead of the user's mistake.
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown): z.output<S> {
  // The core parser: takes zod and zod/mini schemas alike (the live-status schema is mini).
  const result = z.safeParse(schema, input);
  if (!result.success) throw validationError(toFieldErrors(result.error));
  // z.unknown()/z.any() only pass a raw body on to the service's own schema, which may clean it.
  const kind = schema._zod.def.type;
  if (kind === "unknown" || kind === "any") return result.data;
  const withNul = nulPaths(result.data);
  if (withNul.length > 0) {
    throw validationError(Object.fromEntries(withNul.map((field) => [field, [NUL_MESSAGE]])));
  }
  return result.data;
}
