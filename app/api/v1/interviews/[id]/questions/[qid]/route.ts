import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { showQuestion } from "@/lib/interviews/show-question";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/interviews/{id}/questions/{qid} – one question of the session (starts its clock)
export const GET = authedRoute<{ id: string; qid: string }>(async ({ params, user }) => ({
  data: await showQuestion(
    user.id,
    toId(params.id, "Interview session"),
    toId(params.qid, "Question"),
  ),
}));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
