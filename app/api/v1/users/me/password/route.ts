import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { changePassword } from "@/lib/auth/account-security";

// PUT /api/v1/users/me/password – change the password (ends every session, this token's too)
export const PUT = authedRoute(async ({ request, user, audit }) => ({
  data: await changePassword(user.id, await readJsonBody(request, z.unknown()), audit),
}));

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("PUT");
export const POST = methodNotAllowed("PUT");
export const PATCH = methodNotAllowed("PUT");
export const DELETE = methodNotAllowed("PUT");
