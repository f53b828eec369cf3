import { revokeAccessToken } from "@/lib/api/bearer";
import { authedRoute } from "@/lib/api/handler";
import { logoutAllTokens } from "@/lib/auth/api-sessions";

// POST /api/v1/auth/logout-all – end every session of the caller
export const POST = authedRoute(async ({ user, audit }) => {
  const data = await logoutAllTokens(user.id, audit);
  await revokeAccessToken(user.claims);
  return { data };
});
