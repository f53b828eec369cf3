import { authedRoute } from "@/lib/api/handler";
import { assertCommunityEnabled } from "@/lib/community/feature";
import { communityCompanies } from "@/lib/community/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/community/companies – companies with approved questions and their roles
export const GET = authedRoute(async ({ user }) => {
  await assertCommunityEnabled(user.id);
  return { data: await communityCompanies() };
});

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
