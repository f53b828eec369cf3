import { authedRoute } from "@/lib/api/handler";
import { deleteFlag } from "@/lib/flags/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// DELETE /api/v1/admin/feature-flags/{name} – a known flag falls back to its default
export const DELETE = authedRoute<{ name: string }>(
  async ({ params, user, audit }) => ({ data: await deleteFlag(user, params.name, audit) }),
  { admin: true },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("DELETE");
export const POST = methodNotAllowed("DELETE");
export const PUT = methodNotAllowed("DELETE");
export const PATCH = methodNotAllowed("DELETE");
