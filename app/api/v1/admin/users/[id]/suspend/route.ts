import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { suspendUser } from "@/lib/admin/users";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/admin/users/{id}/suspend – body { reason }; the user is refused at once
export const POST = authedRoute<{ id: string }>(
  async ({ params, request, user, audit }) => ({
    data: await suspendUser(
      user,
      toId(params.id, "User"),
      await readJsonBody(request, z.unknown()),
      audit,
    ),
  }),
  { admin: true },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
