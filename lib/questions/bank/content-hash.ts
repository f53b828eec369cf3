import { createHash } from "node:crypto";
import type { BankQuestion } from "./schema";

/**
 * sha256 of everything a bank question stores: a changed hash under the same key is an edit
 * that seeding writes to the existing row. Field order is fixed here, not taken from the file.
 */
export function contentHash(q: BankQuestion): string {
  const content = [
    "v1",
    q.role,
    q.category,
    q.difficulty,
    q.text,
    q.points,
    q.timeLimitSeconds,
    q.skills,
    q.modelAnswer ?? null,
    q.modelAnswerCovers ?? [],
  ];
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}
