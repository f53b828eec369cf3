import { z } from "zod";
import { Difficulty, QuestionCategory } from "@/lib/db/generated/enums";

// Plain data from the generated enums file: safe to import in client components too.
export const DIFFICULTIES = Object.values(Difficulty);
export const CATEGORIES = Object.values(QuestionCategory);

export const difficultySchema = z.enum(Difficulty);
export const categorySchema = z.enum(QuestionCategory);

export type { Difficulty, QuestionCategory };

export const CATEGORY_LABELS: Record<QuestionCategory, string> = {
  Technical: "Technical",
  Behavioral: "Behavioral",
  Domain_Specific: "Domain specific",
  System_Design: "System design",
  Coding: "Coding",
};
