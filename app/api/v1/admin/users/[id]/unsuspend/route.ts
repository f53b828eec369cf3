import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { unsuspendUser } from "@/lib/admin/users";
import { toId } from "@/lib/validations/id";

// POST /api/v1/admin/users/{id}/unsuspend – body { reason? }
export const POST = authedRoute<{ id: string }>(
  async ({ params, request, user, audit }) => ({
    data: await unsuspendUser(
      user,
      toId(params.id, "User"),
      await readJsonBody(request, z.unknown()),
      audit,
    ),
  }),
  { admin: true },
);
