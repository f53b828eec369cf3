import { z } from "zod";
import { setUserStatus } from "@/lib/admin/user-status";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { toId } from "@/lib/validations/id";

// PUT /api/v1/admin/users/{id}/status – suspend (ends every session) or reinstate. Administrators only.
export const PUT = authedRoute<{ id: string }>(
  async ({ request, params, user, audit }) => ({
    data: await setUserStatus(
      user.id,
      toId(params.id, "User"),
      await readJsonBody(request, z.unknown()),
      audit,
    ),
  }),
  { admin: true },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("PUT");
export const POST = methodNotAllowed("PUT");
export const PATCH = methodNotAllowed("PUT");
export const DELETE = methodNotAllowed("PUT");
