import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { assertCommunityEnabled } from "@/lib/community/feature";
import { reportQuestion } from "@/lib/community/service";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/community/questions/{id}/report – { reason, details? }; once per user (409)
export const POST = authedRoute<{ id: string }>(async ({ params, request, user, audit }) => {
  await assertCommunityEnabled(user.id);
  return {
    status: 201,
    data: await reportQuestion(
      user.id,
      toId(params.id, "Community question"),
      await readJsonBody(request, z.unknown()),
      audit,
    ),
  };
});

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
