import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { answerFollowUp } from "@/lib/follow-ups/follow-ups";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/follow-ups/{id}/answer – answer the follow-up (evaluated in background)
export const POST = authedRoute<{ id: string }>(async ({ request, params, user }) => {
  const followUpId = toId(params.id, "Follow-up");
  return {
    status: 201,
    data: await answerFollowUp(user.id, followUpId, await readJsonBody(request, z.unknown())),
  };
});

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
