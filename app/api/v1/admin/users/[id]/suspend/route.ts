import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { suspendUser } from "@/lib/admin/users";
import { toId } from "@/lib/validations/id";

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
