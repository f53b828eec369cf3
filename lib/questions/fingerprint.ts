import { createHash } from "node:crypto";

/** Whitespace- and case-insensitive identity of a question for one role. */
export function questionFingerprint(role: string, questionText: string): string {
  const normalised = `${role.trim().toLowerCase()}\n${questionText.trim().toLowerCase().replace(/\s+/g, " ")}`;
  return createHash("sha256").update(normalised).digest("hex");
}
