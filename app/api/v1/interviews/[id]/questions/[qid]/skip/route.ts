import { authedRoute } from "@/lib/api/handler";
import { toId } from "@/lib/validations/id";
import { skipQuestion } from "@/lib/answers/skip-question";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/interviews/{id}/questions/{qid}/skip – move on without answering (scores 0)
export const POST = authedRoute<{ id: string; qid: string }>(async ({ params, user }) => {
  const sessionId = toId(params.id, "Interview session");
  const { response } = await skipQuestion(user.id, sessionId, toId(params.qid, "Question"));
  return { data: response };
});

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
