import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, IN_MEMORY_DATA_DIR } from "@/lib/env";
import { logger } from "@/lib/logger";

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
  if (configured) {
    if (configured.length < 32) throw new Error("AUTH_SECRET must be at least 32 characters");
    cached = configured;
    return cached;
  }
  if (e.DATABASE_URL && e.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is required when running on a shared PostgreSQL database");
  }
  if (e.DATA_DIR === IN_MEMORY_DATA_DIR) {
    cached = randomBytes(32).toString("base64url");
    return cached;
  }
  const file = path.resolve(e.DATA_DIR, "auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      logger.warn("AUTH_SECRET is not set; generated one in DATA_DIR (set it for production)");
      cached = secret;
    } catch {
      // Another process created it first: use theirs.
      cached = readFileSync(file, "utf8").trim();
    }
  }
  return cached;
}
