import { authedRoute } from "@/lib/api/handler";
import { offerFollowUp } from "@/lib/follow-ups/follow-ups";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/answers/{id}/follow-up – the one follow-up of an evaluated answer (201 new, 200 existing)
export const POST = authedRoute<{ id: string }>(async ({ params, user }) => {
  const { created, followUp } = await offerFollowUp(user.id, toId(params.id, "Answer"));
  return { status: created ? 201 : 200, data: followUp };
});

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
