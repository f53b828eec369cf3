import { createHash } from "node:crypto";

/** Case- and whitespace-insensitive form of an answer, as the evaluation cache keys on it. */
function normaliseAnswer(text: string): string {
  return text.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
}

/** SHA-256 of the normalised answer (a cache key, not a security measure). */
export function answerHash(text: string): string {
  return createHash("sha256").update(normaliseAnswer(text)).digest("hex");
}
