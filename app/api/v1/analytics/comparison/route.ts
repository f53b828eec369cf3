import { authedRoute } from "@/lib/api/handler";
import { getComparison } from "@/lib/analytics/get-comparison";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/analytics/comparison – percentile among users with the same target role (aggregates only)
export const GET = authedRoute(async ({ user }) => {
  const { value, cached } = await getComparison(user.id);
  return { data: value, meta: { cached } };
});

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
