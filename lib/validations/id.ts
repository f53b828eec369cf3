import { z } from "zod";
import { notFound } from "@/lib/errors";

/** Ids are PostgreSQL `integer` serials: 1 … 2^31 − 1. */
export const MAX_ID = 2_147_483_647;

/** The one id rule: a positive 32-bit integer (event payloads take exactly this). */
export const idSchema = z
  .number({ error: "Must be a number" })
  .int("Must be a whole number")
  .positive("Must be positive")
  .max(MAX_ID, "Out of range");

/**
 * An id from a client (JSON bodies, path segments, action arguments): the id rule, given as a
 * number or as its plain decimal digits (no sign, spaces, exponent or leading zero).
 */
export const idInputSchema = z
  .union(
    [
      z.number({ error: "Must be a number" }),
      z.string().regex(/^[1-9]\d{0,9}$/, "Must be a number"),
    ],
    { error: "Must be a number" },
  )
  .transform(Number)
  .pipe(idSchema);

/** The id in `value`, or null when it names nothing that can exist. */
export function parseId(value: unknown): number | null {
  const parsed = idInputSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A path segment or action argument as an id; anything else is a resource that cannot exist (404). */
export function toId(value: unknown, what = "Resource"): number {
  const id = parseId(value);
  if (id === null) throw notFound(what);
  return id;
}
