import type { SqlRunner } from "@/lib/db/migrations";
import { logger } from "@/lib/logger";
import { bankQuestionSchema, type BankQuestion } from "./schema";

/** An administrator's edit of one bank question (a row of question_bank_edits). */
export interface BankEdit {
  bankKey: string;
  /** Replacement fields; null when the question is only retired. */
  content: Partial<Omit<BankQuestion, "key" | "role">> | null;
  retired: boolean;
}

/** The fields an edit may replace. */
export const EDITABLE_FIELDS = [
  "text",
  "points",
  "category",
  "difficulty",
  "timeLimitSeconds",
  "skills",
  "modelAnswer",
  "modelAnswerCovers",
] as const;

/**
 * The question as an edit leaves it, validated by the bank's own rules; throws the zod error
 * when the result breaks them (the admin service reports it as a 422).
 */
export function editedQuestion(question: BankQuestion, content: BankEdit["content"]): BankQuestion {
  const { role, ...fields } = question;
  const merged: Record<string, unknown> = { ...fields };
  for (const field of EDITABLE_FIELDS) {
    if (content && field in content) merged[field] = content[field];
  }
  // Model answer and its covered points go together: removing one removes both.
  if (merged.modelAnswer === null || merged.modelAnswerCovers === null) {
    delete merged.modelAnswer;
    delete merged.modelAnswerCovers;
  }
  return { ...bankQuestionSchema.parse(merged), role };
}

/**
 * The bank as administrators left it: edited questions replaced, retired ones removed (seeding
 * then retires their rows). An edit the bank's rules no longer accept (the file changed under
 * it) is skipped with a warning rather than blocking every later seed.
 */
export function applyBankEdits(
  questions: readonly BankQuestion[],
  edits: readonly BankEdit[],
): BankQuestion[] {
  if (edits.length === 0) return [...questions];
  const byKey = new Map(edits.map((e) => [e.bankKey, e]));
  const out: BankQuestion[] = [];
  for (const q of questions) {
    const edit = byKey.get(q.key);
    if (!edit) {
      out.push(q);
      continue;
    }
    if (edit.retired) continue;
    try {
      out.push(editedQuestion(q, edit.content));
    } catch (error) {
      logger.warn("bank edit skipped: no longer valid", {
        key: q.key,
        error: (error as Error).message.slice(0, 300),
      });
      out.push(q);
    }
  }
  return out;
}

interface EditRow {
  bank_key: string;
  content: BankEdit["content"] | string | null;
  retired: boolean;
}

/** Every stored edit (the table exists once migrations ran; seeding runs after them). */
export async function loadBankEdits(runner: SqlRunner): Promise<BankEdit[]> {
  const { rows } = await runner.query<EditRow>(
    `SELECT "bank_key", "content", "retired" FROM "question_bank_edits"`,
  );
  return rows.map((r) => ({
    bankKey: r.bank_key,
    content:
      typeof r.content === "string" ? (JSON.parse(r.content) as BankEdit["content"]) : r.content,
    retired: r.retired,
  }));
}
