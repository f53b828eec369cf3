import { authedRoute } from "@/lib/api/handler";
import { listAchievements } from "@/lib/gamification/list-achievements";

// GET /api/v1/achievements – every badge, earned (with date) or locked (with progress)
export const GET = authedRoute(async ({ user }) => ({ data: await listAchievements(user.id) }));
