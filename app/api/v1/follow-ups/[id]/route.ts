import { authedRoute } from "@/lib/api/handler";
import { getFollowUp } from "@/lib/follow-ups/follow-ups";
import { toId } from "@/lib/validations/id";

// GET /api/v1/follow-ups/{id} – the follow-up question, its answer and evaluation
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await getFollowUp(user.id, toId(params.id, "Follow-up")),
}));
