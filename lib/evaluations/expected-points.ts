import { z } from "zod";

const pointsSchema = z.array(z.string().min(1)).min(1);

/** questions.expected_answer_points is JSONB; read it defensively (older rows, manual edits). */
export function readExpectedPoints(value: unknown): string[] {
  const parsed = pointsSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}
