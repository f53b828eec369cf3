import { revokeAccessToken } from "@/lib/api/bearer";
import { authedRoute } from "@/lib/api/handler";
import { logoutAllTokens } from "@/lib/auth/api-sessions";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/auth/logout-all – end every session of the caller
export const POST = authedRoute(async ({ user, audit }) => {
  const data = await logoutAllTokens(user.id, audit);
  await revokeAccessToken(user.claims);
  return { data };
});

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
