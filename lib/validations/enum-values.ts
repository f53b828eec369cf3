import { Difficulty, QuestionCategory } from "@/lib/db/generated/enums";

// Plain data from the generated enums file, without zod: client components import it from here,
// so that a badge or a label does not add zod to a page's JavaScript. The schemas are in enums.ts.
export const DIFFICULTIES = Object.values(Difficulty);
export const CATEGORIES = Object.values(QuestionCategory);

export type { Difficulty, QuestionCategory };

export const CATEGORY_LABELS: Record<QuestionCategory, string> = {
  Technical: "Technical",
  Behavioral: "Behavioral",
  Domain_Specific: "Domain specific",
  System_Design: "System design",
  Coding: "Coding",
};
