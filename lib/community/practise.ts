import { randomInt } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Difficulty } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { openSession } from "@/lib/interviews/open-session";
import { practiseCompanySchema } from "@/lib/validations/community";
import { parseInput } from "@/lib/validations/parse";
import { companyQuestionIds } from "./service";

const DIFFICULTY_ORDER: Difficulty[] = ["Easy", "Medium", "Hard", "Expert"];

/** "Start a session with Company X's questions": approved questions of the company, shuffled. */
export async function startCompanySession(userId: number, raw: unknown) {
  const input = parseInput(practiseCompanySchema, raw);
  const ids = await companyQuestionIds(input.company, input.role);
  if (ids.length === 0) {
    throw new AppError("NOT_FOUND", `No approved questions from ${input.company} to practise yet`);
  }
  // Fisher–Yates on a copy, then the first `question_count`.
  const order = [...ids];
  for (let i = order.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const chosen = order.slice(0, input.question_count);
  const rows = await db.question.findMany({ where: { id: { in: chosen }, retiredAt: null } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const questions = chosen.map((id) => byId.get(id)).filter((q) => q !== undefined);
  if (questions.length === 0) {
    throw new AppError("NOT_FOUND", `No approved questions from ${input.company} to practise yet`);
  }
  const hardest = questions.reduce(
    (d, q) => Math.max(d, DIFFICULTY_ORDER.indexOf(q.difficulty)),
    0,
  );
  return openSession(
    userId,
    {
      role: input.role ?? questions[0]!.role,
      difficulty: DIFFICULTY_ORDER[hardest]!,
      categories: [...new Set(questions.map((q) => q.category))],
    },
    questions,
  );
}
