import { authedRoute } from "@/lib/api/handler";
import { deleteFlag } from "@/lib/flags/service";

// DELETE /api/v1/admin/feature-flags/{name} – a known flag falls back to its default
export const DELETE = authedRoute<{ name: string }>(
  async ({ params, user, audit }) => ({ data: await deleteFlag(user, params.name, audit) }),
  { admin: true },
);
