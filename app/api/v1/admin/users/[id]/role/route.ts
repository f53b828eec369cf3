import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { setUserRole } from "@/lib/admin/roles";
import { setRoleSchema } from "@/lib/validations/admin";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// PUT /api/v1/admin/users/{id}/role – body { role: "admin" | "user" }: grant or revoke
export const PUT = authedRoute<{ id: string }>(
  async ({ params, request, user, audit }) => {
    const { role } = await readJsonBody(request, setRoleSchema);
    const result = await setUserRole(
      { id: toId(params.id, "User") },
      { actorId: user.id, role, via: "api", context: audit },
    );
    return { data: result };
  },
  { admin: true },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("PUT");
export const POST = methodNotAllowed("PUT");
export const PATCH = methodNotAllowed("PUT");
export const DELETE = methodNotAllowed("PUT");
