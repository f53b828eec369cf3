import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { publicRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { publicOrigin } from "@/lib/auth/public-origin";

// POST /api/v1/auth/password-reset – mail a reset link (same answer whether or not the account exists)
export const POST = publicRoute(
  async ({ request, audit }) => ({
    status: 202,
    data: await requestPasswordReset(await readJsonBody(request, z.unknown()), {
      ...audit,
      origin: publicOrigin(request.headers),
    }),
  }),
  { rateLimit: "auth:mail" },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
