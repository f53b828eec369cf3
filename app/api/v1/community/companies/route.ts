import { authedRoute } from "@/lib/api/handler";
import { assertCommunityEnabled } from "@/lib/community/feature";
import { communityCompanies } from "@/lib/community/service";

// GET /api/v1/community/companies – companies with approved questions and their roles
export const GET = authedRoute(async ({ user }) => {
  await assertCommunityEnabled(user.id);
  return { data: await communityCompanies() };
});
