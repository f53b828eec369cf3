import { authedRoute } from "@/lib/api/handler";
import { getAiAdminOverview } from "@/lib/admin/ai-status";

// GET /api/v1/admin/ai-status – providers (health, breaker, quota, score), usage and cost per
// day, cache hit rates per layer. Administrators only.
export const GET = authedRoute(async () => ({ data: await getAiAdminOverview() }), {
  admin: true,
});
