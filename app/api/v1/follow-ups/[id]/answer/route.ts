import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { answerFollowUp } from "@/lib/follow-ups/follow-ups";
import { toId } from "@/lib/validations/id";

// POST /api/v1/follow-ups/{id}/answer – answer the follow-up (evaluated in background)
export const POST = authedRoute<{ id: string }>(async ({ request, params, user }) => {
  const followUpId = toId(params.id, "Follow-up");
  return {
    status: 201,
    data: await answerFollowUp(user.id, followUpId, await readJsonBody(request, z.unknown())),
  };
});
