import { z } from "zod";
import { LeaderboardPeriod } from "@/lib/db/generated/enums";

/** GET /leaderboard?period=weekly|all_time&limit=1..100 */
export const leaderboardQuerySchema = z.object({
  period: z.enum(LeaderboardPeriod).default("weekly"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** GET /analytics/performance?days=N (1–3650; all history when absent) */
export const performanceQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(3650).optional(),
});
