import { z } from "zod";
import { Difficulty, QuestionCategory } from "@/lib/db/generated/enums";

export { CATEGORIES, CATEGORY_LABELS, DIFFICULTIES } from "./enum-values";
export type { Difficulty, QuestionCategory };

export const difficultySchema = z.enum(Difficulty);
export const categorySchema = z.enum(QuestionCategory);
