import { authedRoute } from "@/lib/api/handler";
import { getAiAdminOverview } from "@/lib/admin/ai-status";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/admin/ai-status – providers (health, breaker, quota, score), usage and cost per
// day, cache hit rates per layer. Administrators only.
export const GET = authedRoute(async () => ({ data: await getAiAdminOverview() }), {
  admin: true,
});

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
