import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { roleSlug } from "@/lib/questions/bank/role-slug";
import type { BankQuestion } from "@/lib/questions/bank/schema";
import { CATEGORIES, DIFFICULTIES } from "@/lib/validations/enums";

/** A valid bank question of `role`; `n` makes its key and text unique. */
export function fixtureQuestion(
  role: string,
  n: number,
  over: Partial<BankQuestion> = {},
): BankQuestion {
  return {
    role,
    key: `${roleSlug(role)}/fixture-question-${n}`,
    category: CATEGORIES[n % CATEGORIES.length]!,
    difficulty: DIFFICULTIES[Math.floor(n / CATEGORIES.length) % DIFFICULTIES.length]!,
    text: `Fixture question number ${n} about subject ${n * 7919} for ${role}?`,
    points: [
      `The first expected claim of question ${n} holds`,
      `The second expected claim of question ${n} holds`,
      `The third expected claim of question ${n} holds`,
    ],
    timeLimitSeconds: 240,
    skills: ["testing"],
    ...over,
  };
}

/** One question in every category × difficulty cell of a role. */
export const fullRole = (role: string): BankQuestion[] =>
  Array.from({ length: CATEGORIES.length * DIFFICULTIES.length }, (_, n) =>
    fixtureQuestion(role, n),
  );

/** Writes role files (as the bank stores them: no `role` on each question) into a new folder. */
export function writeBankDir(files: Record<string, unknown>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "im-bank-"));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(
      path.join(dir, name),
      typeof content === "string" ? content : JSON.stringify(content, null, 2),
    );
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A role file's JSON for questions of one role. */
export function roleFile(role: string, questions: readonly BankQuestion[]) {
  return { role, questions: questions.map(({ role: _role, ...q }) => q) };
}
