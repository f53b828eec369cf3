import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { authedRoute } from "@/lib/api/handler";
import { retryQuestion } from "@/lib/attempts/retry-question";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/interviews/{id}/questions/{qid}/attempts – retry an answered question after the session's end
export const POST = authedRoute<{ id: string; qid: string }>(async ({ request, params, user }) => {
  const sessionId = toId(params.id, "Interview session");
  const questionId = toId(params.qid, "Question");
  const body = await readJsonBody(request, z.unknown());
  return { status: 201, data: await retryQuestion(user.id, sessionId, questionId, body) };
});

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
