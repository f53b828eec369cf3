import { authedRoute } from "@/lib/api/handler";
import { getDashboard } from "@/lib/analytics/get-dashboard";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/analytics/dashboard – overview, weekly trend, categories, criteria, areas, recommendations, streak
export const GET = authedRoute(async ({ user }) => {
  const { data, cached } = await getDashboard(user.id);
  return { data, meta: { cached } };
});

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
