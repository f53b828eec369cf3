import { authedRoute } from "@/lib/api/handler";
import { assertCommunityEnabled } from "@/lib/community/feature";
import { confirmQuestion } from "@/lib/community/service";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/community/questions/{id}/confirm – "I was asked this too" (idempotent)
export const POST = authedRoute<{ id: string }>(async ({ params, user }) => {
  await assertCommunityEnabled(user.id);
  return { data: await confirmQuestion(user.id, toId(params.id, "Community question")) };
});

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
