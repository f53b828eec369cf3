import { authedRoute } from "@/lib/api/handler";
import { getComparison } from "@/lib/analytics/get-comparison";

// GET /api/v1/analytics/comparison – percentile among users with the same target role (aggregates only)
export const GET = authedRoute(async ({ user }) => {
  const { value, cached } = await getComparison(user.id);
  return { data: value, meta: { cached } };
});
