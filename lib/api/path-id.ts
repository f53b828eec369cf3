import { notFound } from "@/lib/errors";

/** A numeric path segment; anything else names a resource that cannot exist (404). */
export function pathId(value: string | undefined, what = "Resource"): number {
  if (!value || !/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647)
    throw notFound(what);
  return Number(value);
}
