import { authedRoute } from "@/lib/api/handler";
import { getPerformance } from "@/lib/analytics/get-performance";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/analytics/performance – per category, difficulty and criterion (?days=N, else all history)
export const GET = authedRoute(async ({ request, user }) => ({
  data: await getPerformance(user.id, Object.fromEntries(request.nextUrl.searchParams)),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
