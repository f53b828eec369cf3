import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { moderateQuestion } from "@/lib/community/service";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// PUT /api/v1/admin/community-questions/{id} – { action: approve|reject|flag, note?, points? }
export const PUT = authedRoute<{ id: string }>(
  async ({ params, request, user, audit }) => ({
    data: await moderateQuestion(
      user,
      toId(params.id, "Community question"),
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
