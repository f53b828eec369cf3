import { authedRoute } from "@/lib/api/handler";
import { getLeaderboard } from "@/lib/gamification/get-leaderboard";

// GET /api/v1/leaderboard – ?period=weekly|all_time&limit=N: ranks, anonymous names, your rank
export const GET = authedRoute(async ({ request, user }) => ({
  data: await getLeaderboard(user.id, Object.fromEntries(request.nextUrl.searchParams)),
}));
