import { notFound } from "@/lib/errors";

/** A positive 32-bit id from client input; anything else names a resource that cannot exist. */
export function toId(value: unknown, what = "Resource"): number {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !/^[1-9]\d{0,9}$/.test(text) || Number(text) > 2_147_483_647) {
    throw notFound(what);
  }
  return Number(text);
}
