import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { revokeAccessToken } from "@/lib/api/bearer";
import { authedRoute } from "@/lib/api/handler";
import { logoutTokens } from "@/lib/auth/api-sessions";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/auth/logout – end this device's session (refresh token family + access token)
export const POST = authedRoute(async ({ request, user, audit }) => {
  const data = await logoutTokens(user.id, await readJsonBody(request, z.unknown()), audit);
  await revokeAccessToken(user.claims);
  return { data };
});

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
