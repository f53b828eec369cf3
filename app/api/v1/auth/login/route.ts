import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { publicRoute } from "@/lib/api/handler";
import { loginWithTokens } from "@/lib/auth/api-sessions";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/auth/login – exchange credentials for an access and a refresh token
export const POST = publicRoute(
  async ({ request, audit }) => ({
    data: await loginWithTokens(await readJsonBody(request, z.unknown()), audit),
  }),
  { rateLimit: "auth:login" },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
