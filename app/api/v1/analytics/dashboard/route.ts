import { authedRoute } from "@/lib/api/handler";
import { getDashboard } from "@/lib/analytics/get-dashboard";

// GET /api/v1/analytics/dashboard – overview, weekly trend, categories, criteria, areas, recommendations, streak
export const GET = authedRoute(async ({ user }) => {
  const { data, cached } = await getDashboard(user.id);
  return { data, meta: { cached } };
});
