import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { retryEvaluation } from "@/lib/answers/get-answer";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/answers/{id}/retry – re-run an evaluation that failed
export const POST = authedRoute<{ id: string }>(async ({ params, user }) => ({
  status: 202,
  data: await retryEvaluation(user.id, toId(params.id, "Answer")),
}));

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
