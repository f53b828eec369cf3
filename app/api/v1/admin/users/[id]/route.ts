import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { toAdminUserDto } from "@/lib/admin/user-dto";
import { deleteUser, getUserDetail } from "@/lib/admin/users";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

type Params = { id: string };

// GET /api/v1/admin/users/{id} – the account, its sessions, sign-ins, usage and recent events
export const GET = authedRoute<Params>(
  async ({ params }) => {
    const detail = await getUserDetail(toId(params.id, "User"));
    return { data: { ...detail, user: toAdminUserDto(detail.user) } };
  },
  { admin: true },
);

// DELETE /api/v1/admin/users/{id} – body { reason }: sessions ended, the account erased (lib/privacy)
export const DELETE = authedRoute<Params>(
  async ({ params, request, user, audit }) => ({
    data: await deleteUser(
      user,
      toId(params.id, "User"),
      await readJsonBody(request, z.unknown()),
      audit,
    ),
  }),
  { admin: true },
);

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET, DELETE");
export const PUT = methodNotAllowed("GET, DELETE");
export const PATCH = methodNotAllowed("GET, DELETE");
