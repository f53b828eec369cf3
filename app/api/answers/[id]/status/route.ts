import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { compatAnswerStatus } from "@/lib/compat/contract";
import { toId } from "@/lib/validations/id";

// GET /api/answers/{id}/status – { answer_id, evaluation_status, evaluation? }
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => ({
  data: await compatAnswerStatus(user.id, toId(params.id, "Answer")),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
