import { authedRoute } from "@/lib/api/handler";
import { getPerformance } from "@/lib/analytics/get-performance";

// GET /api/v1/analytics/performance – per category, difficulty and criterion (?days=N, else all history)
export const GET = authedRoute(async ({ request, user }) => ({
  data: await getPerformance(user.id, Object.fromEntries(request.nextUrl.searchParams)),
}));
