import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { roleSlug } from "./role-slug";
import { bankFileSchema, type BankQuestion } from "./schema";

/** One JSON file per role; adding a file adds a role. */
export const BANK_DIR = path.join(process.cwd(), "lib", "questions", "bank", "data");

export interface QuestionBank {
  /** Role names as the files spell them, in alphabetical order. */
  roles: string[];
  questions: BankQuestion[];
}

/** The bank's files break its rules; `problems` lists each one as "file: path: message". */
export class BankValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`The question bank is invalid:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "BankValidationError";
  }
}

const describe = (file: string, error: z.ZodError): string[] =>
  error.issues.map(
    (issue) => `${file}: ${issue.path.map(String).join(".") || "(file)"}: ${issue.message}`,
  );

/**
 * Reads and validates every `*.json` file of a bank folder, plus `extraFiles` (paths; one named
 * like a folder file replaces it), so a new role file can be checked before it is dropped in.
 * All problems are reported at once.
 */
export function loadQuestionBank(
  dir: string = BANK_DIR,
  extraFiles: readonly string[] = [],
): QuestionBank {
  // The app runs from the project folder (no standalone output), so the bundler need not trace
  // these reads; without the hint it would trace the whole project.
  const paths = new Map(
    readdirSync(/* turbopackIgnore: true */ dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => [f, path.join(/* turbopackIgnore: true */ dir, f)]),
  );
  for (const extra of extraFiles) paths.set(path.basename(extra), extra);
  const problems: string[] = [];
  const roles: string[] = [];
  const questions: BankQuestion[] = [];
  for (const [file, filePath] of [...paths].sort(([a], [b]) => a.localeCompare(b))) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(/* turbopackIgnore: true */ filePath, "utf8"));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = bankFileSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...describe(file, parsed.error));
      continue;
    }
    const { role } = parsed.data;
    if (file !== `${roleSlug(role)}.json`) {
      problems.push(`${file}: the file of role "${role}" is named ${roleSlug(role)}.json`);
      continue;
    }
    roles.push(role);
    for (const q of parsed.data.questions) questions.push({ ...q, role });
  }
  if (paths.size === 0) problems.push(`${dir}: no role files`);
  if (problems.length > 0) throw new BankValidationError(problems);
  return { roles: roles.sort((a, b) => a.localeCompare(b)), questions };
}

let loaded: QuestionBank | undefined;

/** The built-in bank, read once per process. */
export function questionBank(): QuestionBank {
  loaded ??= loadQuestionBank();
  return loaded;
}

/** The roles the bank has questions for: the role picker's list and the canonical spellings. */
export function bankRoles(): readonly string[] {
  return questionBank().roles;
}
