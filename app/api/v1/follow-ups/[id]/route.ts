import { authedRoute } from "@/lib/api/handler";
import { getFollowUp } from "@/lib/follow-ups/follow-ups";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/follow-ups/{id} – the follow-up question, its answer and evaluation
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await getFollowUp(user.id, toId(params.id, "Follow-up")),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
