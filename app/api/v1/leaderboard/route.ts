import { authedRoute } from "@/lib/api/handler";
import { getLeaderboard } from "@/lib/gamification/get-leaderboard";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/leaderboard – ?period=weekly|all_time&limit=N: ranks, anonymous names, your rank
export const GET = authedRoute(async ({ request, user }) => ({
  data: await getLeaderboard(user.id, Object.fromEntries(request.nextUrl.searchParams)),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
