import { randomBytes } from "node:crypto";
import { hashToken } from "./tokens";

/** A one-time link token: sent once in a mail, only its SHA-256 stored (256 bits of entropy). */
export function newMailToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export { hashToken };
