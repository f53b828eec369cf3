import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { allFlags, saveFlag } from "@/lib/flags/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/admin/feature-flags – every flag with its rollout, allow-list and kill switch
export const GET = authedRoute(async () => ({ data: [...(await allFlags()).values()] }), {
  admin: true,
});

// PUT /api/v1/admin/feature-flags – { name, description?, enabled, rollout_percentage,
// allowed_user_ids? }: creates or changes a flag, live without a restart
export const PUT = authedRoute(
  async ({ request, user, audit }) => ({
    data: await saveFlag(user, await readJsonBody(request, z.unknown()), audit),
  }),
  { admin: true },
);

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET, PUT");
export const PATCH = methodNotAllowed("GET, PUT");
export const DELETE = methodNotAllowed("GET, PUT");
