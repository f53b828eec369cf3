import { authedRoute } from "@/lib/api/handler";
import { getStreak } from "@/lib/gamification/get-streak";

// GET /api/v1/streaks – current and longest streak, in the user's time zone
export const GET = authedRoute(async ({ user }) => ({ data: await getStreak(user.id) }));
