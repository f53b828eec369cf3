import type { QuestionDraft } from "@/lib/ai/types";
import { db } from "@/lib/db/client";
import type { QuestionSource } from "@/lib/db/generated/enums";
import { questionFingerprint } from "./fingerprint";
import type { Candidate } from "./pick";
import { candidateSelect } from "./question-pool";

/**
 * Inserts questions, skipping any whose fingerprint (role + normalised text) is already stored,
 * and returns the rows for all of them (a duplicate resolves to the existing row, a retired one
 * to nothing).
 */
export async function storeQuestions(
  drafts: readonly QuestionDraft[],
  source: QuestionSource,
): Promise<Candidate[]> {
  if (drafts.length === 0) return [];
  const now = new Date();
  const rows = drafts.map((d) => ({
    questionText: d.questionText,
    category: d.category,
    difficulty: d.difficulty,
    role: d.role,
    expectedAnswerPoints: d.expectedAnswerPoints,
    timeLimitSeconds: d.timeLimitSeconds,
    source,
    fingerprint: questionFingerprint(d.role, d.questionText),
    cachedAt: source === "ai" ? now : null,
  }));
  await db.question.createMany({ data: rows, skipDuplicates: true });
  // A text the bank retired stays retired, even when a provider writes it again.
  return db.question.findMany({
    where: { fingerprint: { in: rows.map((r) => r.fingerprint) }, retiredAt: null },
    select: candidateSelect,
  });
}
