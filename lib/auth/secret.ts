import { randomBytes } from "node:crypto";
import { dataDirSecret } from "@/lib/data-dir-secret";
import { env } from "@/lib/env";

let cached: string | undefined;

/**
 * AUTH_SECRET (or NEXTAUTH_SECRET) when set. Otherwise, so that a fresh checkout runs with no
 * configuration, a random secret is generated once and kept in DATA_DIR; every instance of a
 * scaled-out deployment must share AUTH_SECRET instead.
 */
export function authSecret(): string {
  if (cached) return cached;
  const e = env();
  const configured = e.AUTH_SECRET ?? e.NEXTAUTH_SECRET;
  if (configured && configured.length < 32) {
    throw new Error("AUTH_SECRET must be at least 32 characters");
  }
  cached =
    configured ??
    dataDirSecret("auth-secret", "AUTH_SECRET", () => randomBytes(32).toString("base64url"));
  return cached;
}
