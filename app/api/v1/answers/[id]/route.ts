import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { getAnswer } from "@/lib/answers/get-answer";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/answers/{id} – an answer with its evaluation status and evaluation
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await getAnswer(user.id, toId(params.id, "Answer")),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
