import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { publicRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { resetPassword } from "@/lib/auth/password-reset";

// POST /api/v1/auth/password-reset/confirm – set a new password with the mailed token
export const POST = publicRoute(
  async ({ request, audit }) => {
    const { reset } = await resetPassword(await readJsonBody(request, z.unknown()), audit);
    return { data: { reset, sessions_ended: true } };
  },
  { rateLimit: "auth:mail" },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
