import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { publicRoute } from "@/lib/api/handler";
import { refreshTokens } from "@/lib/auth/api-sessions";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/auth/refresh – rotate the refresh token, get a new access token
export const POST = publicRoute(
  async ({ request, audit }) => ({
    data: await refreshTokens(await readJsonBody(request, z.unknown()), audit),
  }),
  { rateLimit: "auth:refresh" },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
