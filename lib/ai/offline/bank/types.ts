import type { Difficulty, QuestionCategory } from "@/lib/validations/enums";

export const BANK_ROLES = [
  "Software Engineer",
  "Frontend Engineer",
  "Backend Engineer",
  "Data Scientist",
  "DevOps / SRE",
  "Product Manager",
  "QA Engineer",
  "Engineering Manager",
] as const;
export type BankRole = (typeof BANK_ROLES)[number];

/** One hand-written question of the built-in bank. */
export interface BankQuestion {
  role: BankRole;
  category: QuestionCategory;
  difficulty: Difficulty;
  /** 10–500 characters. */
  text: string;
  /** 3–6 expected answer points, each one self-contained statement. */
  points: string[];
  /** 120–600 seconds. */
  timeLimitSeconds: number;
}
